import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  GIT_SERVER_MAX_TEXT_BYTES,
  GitServerBlobContents,
  GitServerEmptyContents,
  GitServerTreeContents,
  GitServerTreeEntry,
} from '@internal/plugin-git-server-common';
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** Repository names: what the scaffolder's name rule allows, plus dots. */
export const REPOSITORY_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,99}$/;

/** Branch names the contents route accepts (what `defaultBranch` allows). */
export const REF_PATTERN = /^[A-Za-z0-9._/-]+$/;

/** A binary file has a NUL byte within its first this many bytes. */
const BINARY_SNIFF_BYTES = 8 * 1024;

/** What {@link BareRepositories.contents} finds; the router adds the clone URL. */
export type RepositoryContents =
  | Omit<GitServerEmptyContents, 'cloneUrl'>
  | Omit<GitServerTreeContents, 'cloneUrl'>
  | Omit<GitServerBlobContents, 'cloneUrl'>;

export interface RepositoryInfo {
  name: string;
  defaultBranch: string;
  /** Commit at the tip of the default branch; undefined while empty. */
  head?: string;
}

/** The bare repositories under one folder, managed with the git CLI. */
export class BareRepositories {
  constructor(readonly root: string) {}

  private dir(name: string) {
    if (!REPOSITORY_NAME_PATTERN.test(name)) {
      throw new InputError(
        `Invalid repository name '${name}': use lowercase letters, digits, '.', '-' and '_'`,
      );
    }
    return path.join(this.root, `${name}.git`);
  }

  async create(
    name: string,
    options: { defaultBranch?: string; description?: string } = {},
  ): Promise<RepositoryInfo> {
    const dir = this.dir(name);
    const defaultBranch = options.defaultBranch ?? 'main';
    await fs.mkdir(this.root, { recursive: true });
    try {
      await fs.mkdir(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new ConflictError(`Repository '${name}' already exists`);
      }
      throw error;
    }
    await execFileAsync('git', [
      'init',
      '--quiet',
      '--bare',
      `--initial-branch=${defaultBranch}`,
      dir,
    ]);
    // Pushes over smart HTTP are refused unless enabled per repository.
    await execFileAsync('git', [
      '-C',
      dir,
      'config',
      'http.receivepack',
      'true',
    ]);
    if (options.description) {
      await fs.writeFile(
        path.join(dir, 'description'),
        `${options.description}\n`,
      );
    }
    return { name, defaultBranch };
  }

  async get(name: string): Promise<RepositoryInfo> {
    const dir = this.dir(name);
    try {
      await fs.access(path.join(dir, 'HEAD'));
    } catch {
      throw new NotFoundError(`Repository '${name}' does not exist`);
    }
    const { stdout: ref } = await execFileAsync('git', [
      '-C',
      dir,
      'symbolic-ref',
      '--short',
      'HEAD',
    ]);
    const defaultBranch = ref.trim();
    const head = await execFileAsync('git', [
      '-C',
      dir,
      'rev-parse',
      '--verify',
      '--quiet',
      `refs/heads/${defaultBranch}`,
    ]).then(
      r => r.stdout.trim(),
      () => undefined,
    );
    return { name, defaultBranch, head };
  }

  /** Every repository under the root, by name (none while the root does not exist). */
  async list(): Promise<RepositoryInfo[]> {
    let entries: string[];
    try {
      entries = await fs.readdir(this.root);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const names = entries
      .filter(entry => entry.endsWith('.git'))
      .map(entry => entry.slice(0, -'.git'.length))
      .filter(name => REPOSITORY_NAME_PATTERN.test(name))
      .sort();
    const found = await Promise.all(
      names.map(name => this.get(name).catch(() => undefined)),
    );
    return found.filter((info): info is RepositoryInfo => Boolean(info));
  }

  /**
   * A folder or file of a branch (default: the default branch; path '' is
   * the root). Throws InputError for a malformed ref or path, NotFoundError
   * for an unknown repository, branch or path.
   */
  async contents(
    name: string,
    options: { ref?: string; path?: string } = {},
  ): Promise<RepositoryContents> {
    const ref =
      options.ref === undefined ? undefined : validateRef(options.ref);
    const filePath = normalizePath(options.path ?? '');
    const info = await this.get(name);
    const dir = this.dir(name);
    const branch = ref ?? info.defaultBranch;
    // get() already resolved the default branch.
    const commit =
      branch === info.defaultBranch
        ? info.head
        : await git(dir, [
            'rev-parse',
            '--verify',
            '--quiet',
            `refs/heads/${branch}^{commit}`,
          ]).then(
            r => r.stdout.trim(),
            () => undefined,
          );
    if (!commit) {
      if (branch === info.defaultBranch) {
        const { stdout: anyBranch } = await git(dir, [
          'for-each-ref',
          '--count=1',
          '--format=%(refname)',
          'refs/heads/',
        ]);
        if (!anyBranch.trim()) {
          return { type: 'empty', name, ref: branch };
        }
      }
      throw new NotFoundError(
        `Branch '${branch}' does not exist in repository '${name}'`,
      );
    }

    const object = filePath ? `${commit}:${filePath}` : `${commit}^{tree}`;
    const type = await git(dir, ['cat-file', '-t', object]).then(
      r => r.stdout.trim(),
      () => undefined,
    );
    if (type === 'tree') {
      const { stdout } = await git(dir, ['ls-tree', '-z', object]);
      return {
        type: 'tree',
        name,
        ref: branch,
        path: filePath,
        commit,
        entries: parseLsTree(stdout, filePath),
      };
    }
    if (type !== 'blob') {
      throw new NotFoundError(
        `Path '${filePath}' does not exist on branch '${branch}' of repository '${name}'`,
      );
    }

    const { stdout: sizeText } = await git(dir, ['cat-file', '-s', object]);
    const size = Number(sizeText.trim());
    const tooLarge = size > GIT_SERVER_MAX_TEXT_BYTES;
    const head = await readBlob(
      dir,
      object,
      tooLarge ? BINARY_SNIFF_BYTES : size,
    );
    let binary = head.subarray(0, BINARY_SNIFF_BYTES).includes(0);
    let text: string | undefined;
    if (!binary && !tooLarge) {
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(head);
      } catch {
        // Not UTF-8: shown like a binary file.
        binary = true;
      }
    }
    return {
      type: 'blob',
      name,
      ref: branch,
      path: filePath,
      commit,
      size,
      ...(text === undefined ? {} : { text }),
      binary,
      truncated: !binary && tooLarge,
    };
  }
}

function git(dir: string, args: string[]) {
  return execFileAsync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

function validateRef(ref: string): string {
  if (
    !REF_PATTERN.test(ref) ||
    ref.startsWith('-') ||
    ref.split('/').some(segment => segment === '..' || segment === '.')
  ) {
    throw new InputError(
      `Invalid ref '${ref}': a branch name of letters, digits, '.', '_', '/' and '-', not starting with '-'`,
    );
  }
  return ref;
}

/** 'docs/', '/docs' and 'docs' are the same folder; '' is the root. */
function normalizePath(input: string): string {
  const segments = input.split('/').filter(segment => segment !== '');
  if (
    input.startsWith('-') ||
    [...input].some(char => char.charCodeAt(0) < 0x20) ||
    segments.some(segment => segment === '..' || segment === '.')
  ) {
    throw new InputError(
      `Invalid path '${input}': use a path inside the repository, without '.' or '..' segments`,
    );
  }
  return segments.join('/');
}

/** `git ls-tree -z` output: `<mode> <type> <object>\t<name>\0` per entry. */
function parseLsTree(output: string, folder: string): GitServerTreeEntry[] {
  const entries: GitServerTreeEntry[] = [];
  for (const record of output.split('\0')) {
    const tab = record.indexOf('\t');
    if (tab === -1) continue;
    const [, type] = record.slice(0, tab).split(' ');
    const entryName = record.slice(tab + 1);
    // Submodules ('commit') have no content here to browse.
    if (type !== 'tree' && type !== 'blob') continue;
    entries.push({
      name: entryName,
      path: folder ? `${folder}/${entryName}` : entryName,
      type,
    });
  }
  return entries.sort((a, b) => {
    if (a.type !== b.type) {
      return a.type === 'tree' ? -1 : 1;
    }
    return a.name.localeCompare(b.name, 'en');
  });
}

/** The first `limit` bytes of a blob, without reading the rest. */
function readBlob(dir: string, object: string, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-C', dir, 'cat-file', 'blob', object], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const chunks: Buffer[] = [];
    let length = 0;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve(Buffer.concat(chunks, length).subarray(0, limit));
    };
    child.stdout.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      length += chunk.length;
      if (length >= limit) {
        finish();
        child.kill();
      }
    });
    child.on('error', error => {
      if (!done) {
        done = true;
        reject(error);
      }
    });
    child.on('close', code => {
      if (done) return;
      if (code !== 0) {
        done = true;
        reject(new Error(`git cat-file blob ${object} exited with ${code}`));
        return;
      }
      finish();
    });
  });
}
