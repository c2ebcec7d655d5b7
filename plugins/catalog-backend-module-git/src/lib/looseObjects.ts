import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const inflate = promisify(zlib.inflate);

/**
 * Reads a blob that git stored as a loose object (`objects/ab/cdef…`, a zlib
 * stream of `blob <size>\0<content>`), without starting git. Fetches of a
 * few objects (below git's `fetch.unpackLimit`, 100 by default), which is
 * what catalog repositories mostly get, leave their objects loose; a mirror
 * reads each catalog file once per change, so starting `git cat-file` for
 * each was most of the cost of reading it. Undefined when the object is not
 * loose (packed) or is not a blob: the caller asks git then.
 */
export async function readLooseBlob(
  gitDir: string,
  oid: string,
): Promise<Buffer | undefined> {
  if (!/^[0-9a-f]{40}$/.test(oid)) return undefined; // SHA-1 mirrors only
  let compressed: Buffer;
  try {
    compressed = await fs.readFile(
      path.join(gitDir, 'objects', oid.slice(0, 2), oid.slice(2)),
    );
  } catch {
    return undefined;
  }
  let raw: Buffer;
  try {
    raw = await inflate(compressed);
  } catch {
    return undefined; // a damaged file: let git report it
  }
  const nul = raw.indexOf(0);
  const header = raw.subarray(0, nul).toString('latin1');
  const match = header.match(/^blob (\d+)$/);
  if (nul < 0 || !match || Number(match[1]) !== raw.length - nul - 1) {
    return undefined;
  }
  return raw.subarray(nul + 1);
}

/**
 * The commit a branch points at in a bare repository, from its loose ref
 * file; undefined when the ref is not loose (packed refs) or malformed, so
 * the caller asks git.
 */
export async function readLooseRef(
  gitDir: string,
  ref: string,
): Promise<string | undefined> {
  try {
    const content = (await fs.readFile(path.join(gitDir, ref), 'utf8')).trim();
    return /^[0-9a-f]{40}$/.test(content) ? content : undefined;
  } catch {
    return undefined;
  }
}
