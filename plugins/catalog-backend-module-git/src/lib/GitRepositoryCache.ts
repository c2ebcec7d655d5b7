import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { InputError, NotFoundError } from '@backstage/errors';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Minimatch } from 'minimatch';
import { ConcurrencyLimiter } from './ConcurrencyLimiter';
import { GitCredentials } from './GitCredentials';
import {
  normalizeRemote,
  redactRemote,
  redactText,
  splitRemoteCredentials,
} from './remotes';
import { readLooseBlob, readLooseRef } from './looseObjects';
import { GitCommandError, runGit, streamGit } from './runGit';

/** The outcome of fetching one branch of a remote into its mirror. */
export type GitFetchResult = {
  /** The commit the branch points at now. */
  commit: string;
  /** The branch fetched (the remote's HEAD branch when none was asked for). */
  branch: string;
  /** Whether the branch moved in the mirror with this fetch. */
  changed: boolean;
  /** Where the branch was in the mirror before, if it was there. */
  previousCommit?: string;
  /** When the fetch finished. */
  fetchedAt: Date;
};

/** An entry of a tree in a commit. */
export type GitObjectInfo = {
  type: 'blob' | 'tree';
  /** The object id: the blob's or tree's sha. */
  oid: string;
};

/** Raised when a remote cannot be fetched at all (unreachable, denied, not a repository). */
export class GitRemoteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitRemoteError';
  }
}

type MirrorState = {
  dir: string;
  /** The remote as git is given it: no credentials. */
  fetchRemote: string;
  redacted: string;
  /** Credentials that came inside the configured remote, sent as a header. */
  userinfo?: { username: string; password: string };
  /** Serialises the commands that write to the mirror. */
  queue: Promise<unknown>;
  /** Fetches in flight by branch ('' for the remote's HEAD), for coalescing. */
  inflight: Map<string, InflightFetch>;
  /** The last fetch result by branch ('' for HEAD). */
  last: Map<string, GitFetchResult>;
  /**
   * Branches ('' for HEAD) an entity provider keeps fresh (schedule and
   * pushes), with how old their last fetch may be before readers fetch
   * anyway (another replica may be the one running the provider's task).
   */
  tracked: Map<string, number>;
  initialised?: Promise<void>;
  /** Whether this process created the mirror (so it started empty). */
  created?: boolean;
  /** Fetches into this mirror since start-up. */
  fetches?: number;
  /** Path indexes of recently read commits, least recently used first. */
  trees: Map<string, Promise<Map<string, GitObjectInfo>>>;
};

type InflightFetch = {
  promise: Promise<GitFetchResult>;
  /** Whether it has left the queue and is talking to the remote. */
  started: boolean;
  /** Called once it starts. */
  onStart: Array<() => void>;
};

/** Options of a fetch. */
export type GitFetchOptions = {
  /**
   * Called once the fetch has a slot (the global limit) and starts talking
   * to the remote: a push after this point may not be in what it fetches.
   */
  onStart?: () => void;
};

/** Fetches of all remotes that run at once unless configured. */
export const DEFAULT_MAX_CONCURRENT_FETCHES = 8;

const CACHE_SUBDIR = 'catalog-git';
const TREE_INDEXES_PER_MIRROR = 4;
/**
 * Fetches run without git's own `maintenance --auto` (one more process per
 * fetch, most of them finding nothing to do); the cache runs it every this
 * many fetches of a mirror instead.
 */
export const MAINTENANCE_EVERY_FETCHES = 20;
const ALLOWED_REMOTE = /^(https?|ssh|git|file):\/\//i;
const SCP_LIKE = /^(?:[^@/:\s]+@)?[^/:\s]+:(?!\/\/|:)\S+$/;

/**
 * Keeps one bare mirror per remote under `<workingDirectory>/catalog-git/`
 * and answers questions about its commits with the real git CLI.
 *
 * Fetches of one remote run one at a time; asking for a fetch that is already
 * running joins it. Reads (ls-tree, cat-file, archive) do not wait, as git's
 * object store can be read while a fetch adds to it.
 */
export class GitRepositoryCache {
  static fromConfig(
    config: Config,
    options: { logger: LoggerService },
  ): GitRepositoryCache {
    const workingDirectory =
      config.getOptionalString('backend.workingDirectory') ?? os.tmpdir();
    const maxConcurrentFetches =
      config.getOptionalNumber('catalog.providers.gitFetch.maxConcurrent') ??
      DEFAULT_MAX_CONCURRENT_FETCHES;
    if (
      !Number.isInteger(maxConcurrentFetches) ||
      maxConcurrentFetches < 1 ||
      maxConcurrentFetches > 1000
    ) {
      throw new InputError(
        `Invalid config catalog.providers.gitFetch.maxConcurrent: ${maxConcurrentFetches}; expected an integer from 1 to 1000`,
      );
    }
    return new GitRepositoryCache({
      baseDir: path.resolve(workingDirectory, CACHE_SUBDIR),
      logger: options.logger,
      credentials: GitCredentials.fromConfig(config),
      maxConcurrentFetches,
    });
  }

  readonly #baseDir: string;
  readonly #logger: LoggerService;
  readonly #credentials: GitCredentials;
  readonly #fetchTimeoutMs: number;
  readonly #mirrors = new Map<string, MirrorState>();
  readonly #fetchSlots: ConcurrencyLimiter;

  constructor(options: {
    baseDir: string;
    logger: LoggerService;
    credentials: GitCredentials;
    fetchTimeoutMs?: number;
    /** Fetches (of any remotes) that run at once; more wait their turn. */
    maxConcurrentFetches?: number;
  }) {
    this.#fetchSlots = new ConcurrencyLimiter(
      options.maxConcurrentFetches ?? DEFAULT_MAX_CONCURRENT_FETCHES,
    );
    this.#baseDir = options.baseDir;
    this.#logger = options.logger;
    this.#credentials = options.credentials;
    this.#fetchTimeoutMs = options.fetchTimeoutMs ?? 5 * 60_000;
  }

  /** The integration hosts credentials are known for. */
  knownHosts(): string[] {
    return this.#credentials.hosts();
  }

  /**
   * Fetches a branch (or the remote's HEAD branch) into the mirror and tells
   * where it points. Throws NotFoundError for a missing branch and
   * GitRemoteError when the remote cannot be read; messages hold the remote
   * with its credentials redacted.
   */
  async fetch(
    remote: string,
    branch?: string,
    options: GitFetchOptions = {},
  ): Promise<GitFetchResult> {
    const state = this.#mirror(remote);
    const key = branch ?? '';
    const running = state.inflight.get(key);
    if (running) {
      if (options.onStart) {
        if (running.started) options.onStart();
        else running.onStart.push(options.onStart);
      }
      return running.promise;
    }
    const inflight: InflightFetch = {
      promise: undefined as unknown as Promise<GitFetchResult>,
      started: false,
      onStart: options.onStart ? [options.onStart] : [],
    };
    // Waits for the mirror's queue, then for a global slot: a mirror never
    // holds a slot while it waits for its own earlier commands.
    inflight.promise = this.#enqueue(state, () =>
      this.#fetchSlots.run(() => {
        inflight.started = true;
        for (const callback of inflight.onStart.splice(0)) callback();
        return this.#doFetch(state, branch);
      }),
    );
    state.inflight.set(key, inflight);
    try {
      return await inflight.promise;
    } finally {
      state.inflight.delete(key);
    }
  }

  /**
   * Fetches running now, waiting for a slot, the most that ever ran at once,
   * and the limit (`catalog.providers.gitFetch.maxConcurrent`).
   */
  fetchLoad(): {
    active: number;
    waiting: number;
    maxActive: number;
    limit: number;
  } {
    return { ...this.#fetchSlots.load(), limit: this.#fetchSlots.limit };
  }

  /**
   * Like fetch, but answers from the last fetch of this branch when it
   * finished less than maxAgeMs ago, or less than the age an entity
   * provider that keeps the branch fresh allows (see track).
   */
  async fetchIfOlderThan(
    remote: string,
    branch: string | undefined,
    maxAgeMs: number,
  ): Promise<GitFetchResult> {
    const state = this.#mirror(remote);
    const key = branch ?? '';
    const last = state.last.get(key);
    const allowedAgeMs = Math.max(maxAgeMs, state.tracked.get(key) ?? 0);
    if (last && Date.now() - last.fetchedAt.getTime() < allowedAgeMs) {
      return { ...last, changed: false, previousCommit: last.commit };
    }
    return this.fetch(remote, branch);
  }

  /**
   * Marks a branch (undefined: the remote's HEAD) as kept fresh by its
   * owner, an entity provider that fetches it on its schedule and on every
   * push webhook. Readers (fetchIfOlderThan) then use the mirror as the
   * provider left it, up to `maxAgeMs` old (the provider's schedule: with
   * several replicas, the task may run on another one), instead of fetching
   * again: the catalog reading the provider's own Locations costs no further
   * fetch, and the commit read is the one the provider applied.
   */
  track(remote: string, branch: string | undefined, maxAgeMs: number): void {
    this.#mirror(remote).tracked.set(branch ?? '', maxAgeMs);
  }

  /** Paths of the files in a commit that match any of the globs, sorted. */
  async listFiles(
    remote: string,
    commit: string,
    globs: string[],
  ): Promise<string[]> {
    return (await this.listBlobs(remote, commit, globs)).map(b => b.path);
  }

  /**
   * The files in a commit that match any of the globs, with their blob ids,
   * sorted by path.
   */
  async listBlobs(
    remote: string,
    commit: string,
    globs: string[],
  ): Promise<Array<{ path: string; oid: string }>> {
    const state = this.#mirror(remote);
    const matchers = globs.map(
      glob => new Minimatch(glob.replace(/^\/+/, ''), { dot: true }),
    );
    const index = await this.#treeIndex(state, commit);
    const blobs: Array<{ path: string; oid: string }> = [];
    for (const [filePath, info] of index) {
      if (info.type === 'blob' && matchers.some(m => m.match(filePath))) {
        blobs.push({ path: filePath, oid: info.oid });
      }
    }
    // Plain code-unit order (git lists trees in its own order).
    return blobs.sort((a, b) => {
      if (a.path === b.path) return 0;
      return a.path < b.path ? -1 : 1;
    });
  }

  /** The blob or tree at a path of a commit ('' is the root), or undefined. */
  async stat(
    remote: string,
    commit: string,
    filePath: string,
  ): Promise<GitObjectInfo | undefined> {
    const state = this.#mirror(remote);
    const clean = filePath.replace(/^\/+|\/+$/g, '');
    const index = await this.#treeIndex(state, commit);
    if (clean === '' && !index.has('')) {
      // The root tree is asked for rarely (TechDocs `dir:.`), so it is not
      // part of every index: one git command less per commit read.
      const root = await this.#read(state, [
        'rev-parse',
        '--verify',
        `${checkOid(commit)}^{tree}`,
      ]);
      index.set('', { type: 'tree', oid: root.toString('utf8').trim() });
    }
    return index.get(clean);
  }

  /**
   * Every blob and tree of a commit by path, from one `git ls-tree -r -t`
   * (the root tree '' only once stat asked for it); the last few commits of each mirror are kept, so the
   * reads of one commit (the catalog processing each of its files, most of
   * them answered NotModified from the blob id) run no git command.
   */
  #treeIndex(
    state: MirrorState,
    commit: string,
  ): Promise<Map<string, GitObjectInfo>> {
    const cached = state.trees.get(commit);
    if (cached) {
      // Most recently used last.
      state.trees.delete(commit);
      state.trees.set(commit, cached);
      return cached;
    }
    const built = (async () => {
      const out = await this.#read(state, [
        'ls-tree',
        '-r',
        '-t',
        '-z',
        '--full-tree',
        checkOid(commit),
      ]);
      // The root ('') is added by stat when asked for.
      const index = new Map<string, GitObjectInfo>();
      for (const entry of out.toString('utf8').split('\0')) {
        const match = entry.match(/^\d+ (blob|tree) ([0-9a-f]+)\t(.*)$/s);
        if (match) {
          index.set(match[3], {
            type: match[1] as 'blob' | 'tree',
            oid: match[2],
          });
        }
      }
      return index;
    })();
    state.trees.set(commit, built);
    built.catch(() => state.trees.delete(commit));
    while (state.trees.size > TREE_INDEXES_PER_MIRROR) {
      state.trees.delete(state.trees.keys().next().value as string);
    }
    return built;
  }

  /** The content of a file of a commit; NotFoundError when it is not there. */
  async readFile(
    remote: string,
    commit: string,
    filePath: string,
  ): Promise<Buffer> {
    const info = await this.stat(remote, commit, filePath);
    if (!info || info.type !== 'blob') {
      throw new NotFoundError(
        `File ${filePath} not found in ${
          this.#mirror(remote).redacted
        } at ${commit}`,
      );
    }
    return this.readBlob(remote, info.oid);
  }

  /** The content of a blob by id. */
  async readBlob(remote: string, oid: string): Promise<Buffer> {
    const state = this.#mirror(remote);
    await this.#ensureMirror(state);
    const loose = await readLooseBlob(state.dir, checkOid(oid));
    if (loose) return loose;
    return this.#read(state, ['cat-file', 'blob', oid]);
  }

  /**
   * A folder of a commit as an uncompressed tar stream whose entries are
   * relative to the folder ('' is the root). NotFoundError when there is no
   * such folder.
   */
  async readTree(
    remote: string,
    commit: string,
    dir: string,
  ): Promise<{ oid: string; stream: Readable }> {
    const state = this.#mirror(remote);
    const info = await this.stat(remote, commit, dir);
    if (!info || info.type !== 'tree') {
      throw new NotFoundError(
        `Folder ${dir || '/'} not found in ${state.redacted} at ${commit}`,
      );
    }
    const stream = streamGit(['archive', '--format=tar', info.oid], {
      cwd: state.dir,
    });
    return { oid: info.oid, stream };
  }

  /**
   * Paths that differ between two commits (added, changed and deleted;
   * renames count as a delete and an add). Undefined when `from` is not in
   * the mirror any more (e.g. after a force push and garbage collection).
   */
  async diffNames(
    remote: string,
    from: string,
    to: string,
  ): Promise<string[] | undefined> {
    const state = this.#mirror(remote);
    try {
      const out = await this.#read(state, [
        'diff',
        '--name-only',
        '-z',
        '--no-renames',
        checkOid(from),
        checkOid(to),
        '--',
      ]);
      return out.toString('utf8').split('\0').filter(Boolean);
    } catch (error) {
      if (error instanceof GitCommandError) {
        return undefined;
      }
      throw error;
    }
  }

  #mirror(remote: string): MirrorState {
    const trimmed = remote.trim();
    if (
      trimmed.startsWith('-') ||
      !(
        ALLOWED_REMOTE.test(trimmed) ||
        SCP_LIKE.test(trimmed) ||
        trimmed.startsWith('/')
      )
    ) {
      throw new InputError(
        `Unsupported git remote ${redactRemote(
          trimmed,
        )}; use https://, http://, ssh://, git://, file:// or user@host:path`,
      );
    }
    const key = normalizeRemote(trimmed);
    const {
      remote: fetchRemote,
      username,
      password,
    } = splitRemoteCredentials(trimmed);
    let state = this.#mirrors.get(key);
    if (!state) {
      state = {
        dir: path.join(
          this.#baseDir,
          createHash('sha1').update(key).digest('hex'),
        ),
        fetchRemote,
        redacted: redactRemote(fetchRemote),
        queue: Promise.resolve(),
        inflight: new Map(),
        last: new Map(),
        tracked: new Map(),
        trees: new Map(),
      };
      this.#mirrors.set(key, state);
    }
    // Credentials that come inside a remote (config) are remembered for the
    // same repository spelled without them (git+ URLs never carry them).
    if (username || password) {
      state.userinfo = { username: username ?? '', password: password ?? '' };
    }
    return state;
  }

  #enqueue<T>(state: MirrorState, fn: () => Promise<T>): Promise<T> {
    const result = state.queue.then(fn, fn);
    state.queue = result.catch(() => undefined);
    return result;
  }

  async #authHeader(state: MirrorState): Promise<string | undefined> {
    if (state.userinfo) {
      const { username, password } = state.userinfo;
      return `Authorization: Basic ${Buffer.from(
        `${username}:${password}`,
      ).toString('base64')}`;
    }
    return this.#credentials.authHeaderFor(state.fetchRemote);
  }

  #secrets(state: MirrorState): string[] {
    return state.userinfo
      ? [state.userinfo.password, state.userinfo.username]
      : [];
  }

  async #ensureMirror(state: MirrorState): Promise<void> {
    state.initialised ??= (async () => {
      try {
        await fs.access(path.join(state.dir, 'HEAD'));
      } catch {
        await fs.mkdir(state.dir, { recursive: true });
        await runGit(['init', '--bare', '--quiet', state.dir]);
        state.created = true;
      }
    })().catch(error => {
      state.initialised = undefined;
      throw error;
    });
    return state.initialised;
  }

  async #doFetch(
    state: MirrorState,
    requestedBranch: string | undefined,
  ): Promise<GitFetchResult> {
    await this.#ensureMirror(state);
    const authHeader = await this.#authHeader(state);
    const options = {
      cwd: state.dir,
      authHeader,
      secrets: this.#secrets(state),
      timeoutMs: this.#fetchTimeoutMs,
    };
    let branch = requestedBranch;
    if (!branch) {
      branch = await this.#remoteHeadBranch(state, options);
    }
    if (!isValidBranchName(branch)) {
      throw new InputError(`Invalid branch name '${branch}'`);
    }
    const ref = `refs/heads/${branch}`;
    // Only this cache writes to the mirror: where it left the branch is known
    // without asking git, and a mirror it just created has no branches.
    let previousCommit = state.last.get(branch)?.commit;
    if (!previousCommit && !state.created) {
      previousCommit = await this.#revParse(state, ref);
    }
    const started = Date.now();
    try {
      await runGit(
        [
          'fetch',
          '--quiet',
          // Maintenance is run below, every MAINTENANCE_EVERY_FETCHES.
          '--no-auto-maintenance',
          '--no-tags',
          '--no-write-fetch-head',
          '--update-head-ok',
          '--no-recurse-submodules',
          state.fetchRemote,
          `+${ref}:${ref}`,
        ],
        options,
      );
    } catch (error) {
      throw this.#fetchError(state, branch, error);
    }
    // The fetch wrote the ref as a loose file (only this cache writes here).
    const commit =
      (await readLooseRef(state.dir, ref)) ??
      (await this.#revParse(state, ref));
    if (!commit) {
      throw new GitRemoteError(
        `Fetched ${state.redacted} but branch '${branch}' is not in the mirror`,
      );
    }
    const result: GitFetchResult = {
      commit,
      branch,
      changed: commit !== previousCommit,
      previousCommit,
      fetchedAt: new Date(),
    };
    state.fetches = (state.fetches ?? 0) + 1;
    if (state.fetches % MAINTENANCE_EVERY_FETCHES === 0) {
      // Packs loose objects and refs when git thinks it worthwhile; a
      // failure only means the mirror stays as it is.
      await runGit(['maintenance', 'run', '--auto', '--quiet'], {
        cwd: state.dir,
      }).catch(error =>
        this.#logger.warn(
          `Maintenance of the mirror of ${state.redacted} failed: ${error}`,
        ),
      );
    }
    state.last.set(branch, result);
    if (!requestedBranch) {
      state.last.set('', result);
    }
    this.#logger.debug(
      `Fetched ${state.redacted} ${branch} at ${commit.slice(0, 12)} in ${
        Date.now() - started
      }ms`,
    );
    return result;
  }

  async #remoteHeadBranch(
    state: MirrorState,
    options: Parameters<typeof runGit>[1],
  ): Promise<string> {
    let out: Buffer;
    try {
      out = await runGit(
        ['ls-remote', '--symref', state.fetchRemote, 'HEAD'],
        options,
      );
    } catch (error) {
      throw this.#fetchError(state, undefined, error);
    }
    const match = out
      .toString('utf8')
      .match(/^ref: refs\/heads\/(\S+)\tHEAD$/m);
    if (!match) {
      throw new NotFoundError(
        `Git remote ${state.redacted} has no default branch (is it empty?); set a branch`,
      );
    }
    return match[1];
  }

  #fetchError(state: MirrorState, branch: string | undefined, error: unknown) {
    const message = redactText(
      error instanceof Error ? error.message : String(error),
      this.#secrets(state),
    );
    if (branch && /couldn't find remote ref/i.test(message)) {
      return new NotFoundError(
        `Branch '${branch}' not found in git remote ${state.redacted}`,
      );
    }
    return new GitRemoteError(
      `Could not fetch from git remote ${state.redacted}: ${message}`,
    );
  }

  async #revParse(
    state: MirrorState,
    ref: string,
  ): Promise<string | undefined> {
    try {
      const out = await runGit(['rev-parse', '--verify', '--quiet', ref], {
        cwd: state.dir,
      });
      return out.toString('utf8').trim() || undefined;
    } catch {
      return undefined;
    }
  }

  async #read(state: MirrorState, args: string[]): Promise<Buffer> {
    await this.#ensureMirror(state);
    try {
      return await runGit(args, { cwd: state.dir });
    } catch (error) {
      if (error instanceof GitCommandError) {
        throw new GitCommandError(
          `${error.message} (in the mirror of ${state.redacted})`,
          error.exitCode,
          error.stderr,
        );
      }
      throw error;
    }
  }
}

function checkOid(oid: string): string {
  if (!/^[0-9a-f]{7,64}$/.test(oid)) {
    throw new InputError(`Not a git object id: ${oid}`);
  }
  return oid;
}

/** The rules of `git check-ref-format --branch`, for what matters here. */
function isValidBranchName(branch: string): boolean {
  return (
    branch.length > 0 &&
    !branch.startsWith('-') &&
    !branch.startsWith('/') &&
    !branch.endsWith('/') &&
    !branch.endsWith('.lock') &&
    !branch.includes('..') &&
    !branch.includes('//') &&
    !branch.includes('@{') &&
    // eslint-disable-next-line no-control-regex
    !/[\x00-\x20\x7f~^:?*[\\]/.test(branch)
  );
}
