import {
  UrlReaderService,
  UrlReaderServiceReadTreeOptions,
  UrlReaderServiceReadTreeResponse,
  UrlReaderServiceReadUrlOptions,
  UrlReaderServiceReadUrlResponse,
  UrlReaderServiceSearchResponse,
} from '@backstage/backend-plugin-api';
import { NotFoundError, NotModifiedError } from '@backstage/errors';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';

/**
 * A URL reader over a local folder that stands for a Git host:
 * `<baseUrl>/<path>` is `<root>/<path>`. A tree's etag is a hash of its
 * files, so it changes exactly when a file does (like a Git tree id), and a
 * read with the current etag throws NotModifiedError. Copies of trees go to
 * `workDir`, where the caller must remove them.
 */
export class FolderUrlReader implements UrlReaderService {
  /** URLs of the trees copied out by readTree's `dir()`, in order. */
  readonly copied: string[] = [];

  constructor(
    private readonly options: {
      baseUrl: string;
      root: string;
      workDir: string;
    },
  ) {}

  async readUrl(
    url: string,
    options?: UrlReaderServiceReadUrlOptions,
  ): Promise<UrlReaderServiceReadUrlResponse> {
    const file = this.resolve(url);
    if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) {
      throw new NotFoundError(`${url} not found`);
    }
    const content = fs.readFileSync(file);
    const etag = createHash('sha1').update(content).digest('hex');
    if (options?.etag === etag) throw new NotModifiedError();
    return {
      buffer: async () => content,
      stream: () => Readable.from(content),
      etag,
    };
  }

  async readTree(
    url: string,
    options?: UrlReaderServiceReadTreeOptions,
  ): Promise<UrlReaderServiceReadTreeResponse> {
    const dir = this.resolve(url);
    if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
      throw new NotFoundError(`Folder ${url} not found`);
    }
    const files = listFiles(dir);
    const hash = createHash('sha1');
    for (const file of files) {
      hash.update(`${file}\0`).update(fs.readFileSync(path.join(dir, file)));
    }
    const etag = hash.digest('hex');
    if (options?.etag === etag) throw new NotModifiedError();
    return {
      etag,
      files: async () =>
        files.map(file => ({
          path: file,
          content: async () => fs.readFileSync(path.join(dir, file)),
        })),
      archive: async () => {
        throw new Error('FolderUrlReader does not make archives');
      },
      dir: async dirOptions => {
        const target =
          dirOptions?.targetDir ??
          fs.mkdtempSync(path.join(this.options.workDir, 'tree-'));
        fs.cpSync(dir, target, { recursive: true });
        this.copied.push(url);
        return target;
      },
    };
  }

  async search(): Promise<UrlReaderServiceSearchResponse> {
    throw new Error('FolderUrlReader does not search');
  }

  private resolve(url: string): string {
    const { baseUrl, root } = this.options;
    if (!url.startsWith(`${baseUrl}/`)) {
      throw new NotFoundError(`${url} is not under ${baseUrl}`);
    }
    return path.join(root, url.slice(baseUrl.length + 1));
  }
}

function listFiles(dir: string, prefix = ''): string[] {
  return fs
    .readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap(entry => {
      const relative = path.posix.join(prefix, entry.name);
      return entry.isDirectory() ? listFiles(dir, relative) : [relative];
    })
    .sort();
}
