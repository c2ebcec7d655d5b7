import {
  UrlReaderService,
  UrlReaderServiceReadTreeOptions,
  UrlReaderServiceReadTreeResponse,
  UrlReaderServiceReadUrlOptions,
  UrlReaderServiceReadUrlResponse,
  UrlReaderServiceSearchOptions,
  UrlReaderServiceSearchResponse,
} from '@backstage/backend-plugin-api';
import {
  ReadTreeResponseFactory,
  ReaderFactory,
} from '@backstage/backend-defaults/urlReader';
import {
  NotAllowedError,
  NotFoundError,
  NotModifiedError,
} from '@backstage/errors';
import { Readable } from 'node:stream';
import { GitRepositoryCache } from '../lib/GitRepositoryCache';
import { formatGitUrl, isGitUrl, parseGitUrl } from '../lib/gitUrl';
import { redactRemote } from '../lib/remotes';
import { RemoteAllowList } from './RemoteAllowList';

/**
 * How old a mirror's copy of a branch may be before a read fetches again.
 * Short, so a read right after a push (or of a repository the scaffolder just
 * created) sees the new commit, yet a burst of reads of one repository (the
 * catalog processing a hundred files of it) fetches once.
 */
export const DEFAULT_MAX_MIRROR_AGE_MS = 5_000;

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * Reads `git+<remote>/-/blob/<branch>/<path>` URLs from the shared mirrors of
 * GitRepositoryCache.
 *
 * - readUrl: one file; its etag is the blob id, so a file that did not change
 *   gives NotModifiedError even when other files of the repository changed.
 * - readTree: a folder (TechDocs `dir:`), etag the tree id.
 * - search: a glob (etag the commit) or one file (as readUrl).
 */
export class GitUrlReader implements UrlReaderService {
  /** A ReaderFactory for `urlReaderFactoriesServiceRef`. */
  static factory(options: {
    cache: GitRepositoryCache;
    maxMirrorAgeMs?: number;
  }): ReaderFactory {
    return ({ config, treeResponseFactory }) => {
      const reader = new GitUrlReader({
        cache: options.cache,
        treeResponseFactory,
        allowList: RemoteAllowList.fromConfig(
          config,
          options.cache.knownHosts(),
        ),
        maxMirrorAgeMs: options.maxMirrorAgeMs,
      });
      return [{ predicate: (url: URL) => isGitUrl(url), reader }];
    };
  }

  readonly #cache: GitRepositoryCache;
  readonly #treeResponseFactory: ReadTreeResponseFactory;
  readonly #allowList: RemoteAllowList;
  readonly #maxMirrorAgeMs: number;

  constructor(options: {
    cache: GitRepositoryCache;
    treeResponseFactory: ReadTreeResponseFactory;
    allowList: RemoteAllowList;
    maxMirrorAgeMs?: number;
  }) {
    this.#cache = options.cache;
    this.#treeResponseFactory = options.treeResponseFactory;
    this.#allowList = options.allowList;
    this.#maxMirrorAgeMs = options.maxMirrorAgeMs ?? DEFAULT_MAX_MIRROR_AGE_MS;
  }

  async read(url: string): Promise<Buffer> {
    const response = await this.readUrl(url);
    return response.buffer();
  }

  async readUrl(
    url: string,
    options?: UrlReaderServiceReadUrlOptions,
  ): Promise<UrlReaderServiceReadUrlResponse> {
    const { remote, branch, path } = this.#parse(url);
    const { commit } = await this.#fetch(remote, branch);
    const info = await this.#cache.stat(remote, commit, path);
    if (!info || info.type !== 'blob') {
      throw new NotFoundError(
        `${path || '/'} not found on branch ${branch} of ${redactRemote(
          remote,
        )}`,
      );
    }
    if (options?.etag && options.etag === info.oid) {
      throw new NotModifiedError();
    }
    const content = await this.#cache.readBlob(remote, info.oid);
    return {
      buffer: async () => content,
      stream: () => Readable.from(content),
      etag: info.oid,
    };
  }

  async readTree(
    url: string,
    options?: UrlReaderServiceReadTreeOptions,
  ): Promise<UrlReaderServiceReadTreeResponse> {
    const { remote, branch, path } = this.#parse(url);
    const { commit } = await this.#fetch(remote, branch);
    const info = await this.#cache.stat(remote, commit, path);
    if (!info || info.type !== 'tree') {
      throw new NotFoundError(
        `Folder ${path || '/'} not found on branch ${branch} of ${redactRemote(
          remote,
        )}`,
      );
    }
    if (options?.etag && options.etag === info.oid) {
      throw new NotModifiedError();
    }
    const { stream, oid } = await this.#cache.readTree(remote, commit, path);
    return this.#treeResponseFactory.fromTarArchive({
      stream,
      etag: oid,
      filter: options?.filter,
      stripFirstDirectory: false,
    });
  }

  async search(
    url: string,
    options?: UrlReaderServiceSearchOptions,
  ): Promise<UrlReaderServiceSearchResponse> {
    const { remote, branch, path } = this.#parse(url);
    if (!GLOB_CHARS.test(path)) {
      try {
        const response = await this.readUrl(url, { etag: options?.etag });
        return {
          files: [{ url, content: response.buffer }],
          etag: response.etag ?? '',
        };
      } catch (error) {
        if (error instanceof NotFoundError) {
          return { files: [], etag: '' };
        }
        throw error;
      }
    }
    const { commit } = await this.#fetch(remote, branch);
    if (options?.etag && options.etag === commit) {
      throw new NotModifiedError();
    }
    const paths = await this.#cache.listFiles(remote, commit, [path]);
    return {
      etag: commit,
      files: paths.map(filePath => ({
        url: formatGitUrl({ remote, branch, path: filePath }),
        content: () => this.#cache.readFile(remote, commit, filePath),
      })),
    };
  }

  toString() {
    return 'git{remotes=providers+integrations+backend.reading.allow}';
  }

  #parse(url: string) {
    const parts = parseGitUrl(url);
    if (!this.#allowList.isAllowed(parts.remote)) {
      throw new NotAllowedError(
        `Reading from git remote ${redactRemote(
          parts.remote,
        )} is not allowed; configure it as a catalog.providers.git remote, add an integration for its host, or list the host in backend.reading.allow`,
      );
    }
    return parts;
  }

  #fetch(remote: string, branch: string) {
    return this.#cache.fetchIfOlderThan(remote, branch, this.#maxMirrorAgeMs);
  }
}
