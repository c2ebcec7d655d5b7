import {
  LoggerService,
  SchedulerService,
  SchedulerServiceTaskRunner,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
} from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import {
  DeferredEntity,
  EntityProvider,
  EntityProviderConnection,
  locationSpecToLocationEntity,
} from '@backstage/plugin-catalog-node';
import { randomUUID } from 'node:crypto';
import { GitRepositoryCache } from '../lib/GitRepositoryCache';
import { formatGitUrl } from '../lib/gitUrl';
import {
  normalizeRemote,
  redactRemote,
  redactText,
  splitRemoteCredentials,
} from '../lib/remotes';
import { GitProviderConfig, readProviderConfigs } from './readProviderConfigs';

/**
 * Annotation on each Location with the blob id of its file: a changed file
 * changes its Location, which the catalog then processes again at once (a
 * refresh key alone does not reach a Location whose processing never
 * succeeded, e.g. a file that was broken from its first commit).
 */
export const ANNOTATION_GIT_BLOB_ID = 'catalog-git.internal/blob-id';

/** Refresh keys are sent to the catalog in batches of this size. */
const REFRESH_BATCH_SIZE = 200;

/** The state of a provider that the status route reports. */
export type GitEntityProviderStatus = {
  providerId: string;
  remote: string;
  branch?: string;
  paths: string[];
  lastCommit?: string;
  lastRunAt?: Date;
  lastRunDurationMs?: number;
  lastError?: string;
  /** Catalog files at lastCommit. */
  files: string[];
};

/**
 * Emits one Location entity per catalog file of a Git branch; the catalog
 * reads each file through the `git+` URL reader.
 *
 * A run fetches the branch into the shared mirror; when the commit moved it
 * applies the full set of Locations (a deleted file's Location goes, and with
 * it, as orphans, its entities) and asks the catalog to reprocess the files
 * that changed, so edits show within seconds instead of a processing cycle.
 * When the remote cannot be read nothing is applied: the catalog keeps what
 * it has, and the status tells why.
 */
/** How old a tracked mirror may get when the schedule says nothing usable. */
const DEFAULT_TRACKED_MAX_AGE_MS = 10 * 60_000;

const MS_PER_UNIT: Record<string, number> = {
  milliseconds: 1,
  seconds: 1000,
  minutes: 60_000,
  hours: 3_600_000,
  days: 86_400_000,
  weeks: 7 * 86_400_000,
  months: 30 * 86_400_000,
  years: 365 * 86_400_000,
};

/** A HumanDuration ({ minutes: 5 }) in milliseconds; undefined for anything else. */
function humanDurationMs(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  let total = 0;
  for (const [unit, amount] of Object.entries(value)) {
    if (!(unit in MS_PER_UNIT) || typeof amount !== 'number') return undefined;
    total += amount * MS_PER_UNIT[unit];
  }
  return total;
}

/**
 * How old the provider's mirror can be when the provider works: one schedule
 * period plus the run's timeout. Cron or manual schedules get a default.
 */
export function trackedMaxAgeMs(
  schedule: SchedulerServiceTaskScheduleDefinition,
): number {
  const toMs = (value: unknown): number | undefined => {
    // A luxon Duration.
    if (typeof (value as { toMillis?: unknown })?.toMillis === 'function') {
      return (value as { toMillis(): number }).toMillis();
    }
    return humanDurationMs(value);
  };
  const frequency = toMs(schedule.frequency);
  if (!frequency || frequency <= 0) return DEFAULT_TRACKED_MAX_AGE_MS;
  return frequency + (toMs(schedule.timeout) ?? 0);
}

export class GitEntityProvider implements EntityProvider {
  static fromConfig(
    config: Config,
    options: {
      logger: LoggerService;
      scheduler: SchedulerService;
      cache: GitRepositoryCache;
    },
  ): GitEntityProvider[] {
    return readProviderConfigs(config).map(
      providerConfig =>
        new GitEntityProvider({
          config: providerConfig,
          cache: options.cache,
          logger: options.logger,
          taskRunner: options.scheduler.createScheduledTaskRunner(
            providerConfig.schedule,
          ),
        }),
    );
  }

  readonly #config: GitProviderConfig;
  readonly #cache: GitRepositoryCache;
  readonly #logger: LoggerService;
  readonly #taskRunner: SchedulerServiceTaskRunner;
  readonly #normalizedRemote: string;
  readonly #redactedRemote: string;
  #connection?: EntityProviderConnection;
  #running?: Promise<void>;
  #queued?: Promise<void>;
  /** Whether the running refresh's fetch has left the global fetch queue. */
  #fetchStarted = false;
  #applied?: { commit: string; branch: string; files: string[] };
  /** When each path was last seen changing (absent: not since start-up). */
  readonly #changedAt = new Map<string, Date>();
  #status: Omit<GitEntityProviderStatus, 'files' | 'lastCommit' | 'branch'> = {
    providerId: '',
    remote: '',
    paths: [],
  };

  constructor(options: {
    config: GitProviderConfig;
    cache: GitRepositoryCache;
    logger: LoggerService;
    taskRunner: SchedulerServiceTaskRunner;
  }) {
    this.#config = options.config;
    this.#cache = options.cache;
    this.#taskRunner = options.taskRunner;
    this.#logger = options.logger.child({ provider: this.getProviderName() });
    this.#normalizedRemote = normalizeRemote(options.config.remote);
    this.#redactedRemote = redactRemote(options.config.remote);
    // This provider keeps its branch fresh; the URL reader need not fetch it.
    this.#cache.track(
      options.config.remote,
      options.config.branch,
      trackedMaxAgeMs(options.config.schedule),
    );
    this.#status = {
      providerId: options.config.id,
      remote: this.#redactedRemote,
      paths: options.config.paths,
    };
  }

  /** {@inheritdoc @backstage/plugin-catalog-node#EntityProvider.getProviderName} */
  getProviderName(): string {
    return `git-provider:${this.#config.id}`;
  }

  /** The configured provider id. */
  get id(): string {
    return this.#config.id;
  }

  /** {@inheritdoc @backstage/plugin-catalog-node#EntityProvider.connect} */
  async connect(connection: EntityProviderConnection): Promise<void> {
    this.#connection = connection;
    const taskId = `${this.getProviderName()}:refresh`;
    const refreshAndLog = async (): Promise<boolean> => {
      try {
        await this.refresh();
        return true;
      } catch (error) {
        this.#logger
          .child({ taskId, taskInstanceId: randomUUID() })
          .error(
            `Refresh of ${this.#redactedRemote} failed: ${this.#message(
              error,
            )}`,
          );
        return false;
      }
    };
    // The first run starts now rather than on the scheduler's first turn:
    // its workers share one poll of the task table every 5 s, so with many
    // providers most first runs would come 5 s late and then all at once.
    let startupRun: Promise<boolean> | undefined = refreshAndLog();
    await this.#taskRunner.run({
      id: taskId,
      fn: async () => {
        // The scheduler's first run right after start-up would fetch again;
        // it waits for the start-up run instead, and repeats it only if that
        // failed.
        const startup = startupRun;
        startupRun = undefined;
        if (startup && (await startup)) return;
        await refreshAndLog();
      },
    });
  }

  /** Whether a remote (in any spelling) is the one this provider reads. */
  matchesRemote(remote: string): boolean {
    return normalizeRemote(remote) === this.#normalizedRemote;
  }

  /** The `git+` URL of the repository root, the origin of all Locations. */
  rootUrl(branch: string): string {
    return formatGitUrl({ remote: this.#config.remote, branch, path: '' });
  }

  /** The `git+` URL of a file of the repository. */
  fileUrl(branch: string, path: string): string {
    return formatGitUrl({ remote: this.#config.remote, branch, path });
  }

  /**
   * When a path was last seen changing by this provider; undefined when it
   * has not changed since the provider started.
   */
  fileChangedAt(path: string): Date | undefined {
    return this.#changedAt.get(path);
  }

  /** The state of the last run, for operators. */
  getStatus(): GitEntityProviderStatus {
    return {
      ...this.#status,
      branch: this.#applied?.branch ?? this.#config.branch,
      lastCommit: this.#applied?.commit,
      files: this.#applied?.files ?? [],
    };
  }

  /**
   * Fetches and, when the branch moved, applies its catalog files. A call
   * while a run is going waits for that run and then runs once more (the
   * push that asked may have come after its fetch), unless that run's fetch
   * is still waiting for a slot of the global fetch limit: then it joins it.
   * So a burst of pushes costs at most two fetches. Rejects, with the remote
   * redacted, when the run fails.
   */
  refresh(): Promise<void> {
    if (this.#running && !this.#fetchStarted) {
      // The running refresh is still waiting for a fetch slot: its fetch will
      // see this push too, so there is nothing more to queue.
      return this.#running;
    }
    if (!this.#running) {
      this.#fetchStarted = false;
      this.#running = this.#run().finally(() => {
        this.#running = undefined;
      });
      return this.#running;
    }
    this.#queued ??= this.#running
      .catch(() => undefined)
      .then(() => {
        this.#queued = undefined;
        return this.refresh();
      });
    return this.#queued;
  }

  async #run(): Promise<void> {
    const connection = this.#connection;
    if (!connection) {
      throw new Error(`${this.getProviderName()} is not connected yet`);
    }
    const started = Date.now();
    this.#status.lastRunAt = new Date(started);
    try {
      const { commit, branch } = await this.#cache.fetch(
        this.#config.remote,
        this.#config.branch,
        {
          onStart: () => {
            this.#fetchStarted = true;
          },
        },
      );
      const previous = this.#applied;
      if (
        previous &&
        previous.commit === commit &&
        previous.branch === branch
      ) {
        this.#logger.debug(`${branch} still at ${commit.slice(0, 12)}`);
      } else {
        await this.#apply(connection, commit, branch, previous);
      }
      this.#status.lastError = undefined;
    } catch (error) {
      this.#status.lastError = this.#message(error);
      throw new Error(this.#status.lastError);
    } finally {
      this.#status.lastRunDurationMs = Date.now() - started;
    }
  }

  async #apply(
    connection: EntityProviderConnection,
    commit: string,
    branch: string,
    previous: { commit: string; branch: string; files: string[] } | undefined,
  ): Promise<void> {
    // Taken before the catalog sees the new Locations: errors it announces
    // from here on are about the new content.
    const appliedAt = new Date();
    const blobs = await this.#cache.listBlobs(
      this.#config.remote,
      commit,
      this.#config.paths,
    );
    const files = blobs.map(b => b.path);
    await connection.applyMutation({
      type: 'full',
      entities: blobs.map(b => this.#toDeferredEntity(branch, b.path, b.oid)),
    });

    // Files that changed, matched or not: a file read through a relative
    // Location target (`./more.yaml`) has its own refresh key too.
    let changed: string[] = [];
    if (previous && previous.branch === branch) {
      changed =
        (await this.#cache.diffNames(
          this.#config.remote,
          previous.commit,
          commit,
        )) ?? files;
    }
    for (const path of changed) {
      this.#changedAt.set(path, appliedAt);
    }
    const keys = changed.map(path => `url:${this.fileUrl(branch, path)}`);
    for (let i = 0; i < keys.length; i += REFRESH_BATCH_SIZE) {
      await connection.refresh({ keys: keys.slice(i, i + REFRESH_BATCH_SIZE) });
    }
    this.#applied = { commit, branch, files };
    this.#logger.info(
      `Applied ${files.length} catalog files of ${
        this.#redactedRemote
      } ${branch} at ${commit.slice(0, 12)}${
        previous ? `, ${changed.length} changed paths refreshed` : ''
      }`,
    );
  }

  #toDeferredEntity(
    branch: string,
    path: string,
    blobId: string,
  ): DeferredEntity {
    const entity = locationSpecToLocationEntity({
      location: { type: 'url', target: this.fileUrl(branch, path) },
    });
    const origin = `url:${this.rootUrl(branch)}`;
    entity.metadata.annotations = {
      ...entity.metadata.annotations,
      [ANNOTATION_LOCATION]: origin,
      [ANNOTATION_ORIGIN_LOCATION]: origin,
      [ANNOTATION_GIT_BLOB_ID]: blobId,
    };
    return { entity, locationKey: this.getProviderName() };
  }

  #message(error: unknown): string {
    const text = error instanceof Error ? error.message : String(error);
    const { username, password } = splitRemoteCredentials(this.#config.remote);
    return redactText(text, [password ?? '', username ?? '']);
  }
}
