import {
  AuthService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import {
  CompoundEntityRef,
  getCompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { ResponseError, toError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { EventsService } from '@backstage/plugin-events-node';
import { parseSyncStream, SyncOutcome } from './readSyncStream';

/**
 * Topic published after a prebuild run that built or rebuilt docs; the
 * payload is {@link DocsBuiltEventPayload}. The search backend can reindex
 * TechDocs on it instead of waiting for the collator's next run.
 */
export const TECHDOCS_DOCS_BUILT_TOPIC = 'techdocs.docs-built';

/** Payload of {@link TECHDOCS_DOCS_BUILT_TOPIC}. */
export interface DocsBuiltEventPayload {
  entityRefs: string[];
}

/** What one prebuild run did, per entity. */
export interface PrebuildResult {
  /** Entities skipped because their docs exist (`onlyMissing` runs). */
  skipped: string[];
  /**
   * When some entities reported unchanged may not have been checked (this
   * prebuilder synced them less than a minute before, and TechDocs checks a
   * source at most once a minute): milliseconds until all can be checked.
   */
  recheckInMs?: number;
  updated: string[];
  unchanged: string[];
  failed: { entityRef: string; error: string }[];
}

const TECHDOCS_REF_ANNOTATION = 'backstage.io/techdocs-ref';
const SYNC_TIMEOUT_MS = 10 * 60 * 1000;
const FAILURE_BACKOFF_MS = 5 * 60 * 1000;
/** TechDocs checks an entity's docs source at most this often. */
const TECHDOCS_CHECK_INTERVAL_MS = 60 * 1000;
/** How many build log lines a failure's log entry carries at most. */
const BUILD_LOG_LINES = 20;

/** The build log's error and warning lines (mkdocs logs much debug). */
function buildLogExcerpt(log: string[]): string {
  const lines = log.flatMap(entry => entry.split('\n'));
  const problems = lines.filter(line => /error|warn/i.test(line));
  return (problems.length ? problems : lines)
    .slice(-BUILD_LOG_LINES)
    .join('\n');
}

/**
 * Asks TechDocs to build the docs of every catalog entity that has a
 * `backstage.io/techdocs-ref` annotation, through TechDocs' own sync endpoint
 * (the one the Docs tab calls). That endpoint builds docs that are missing,
 * rebuilds stale ones (it compares the source's etag, at most once a minute
 * per entity) and does nothing otherwise, so a run over up-to-date docs is
 * cheap.
 */
export class TechDocsPrebuilder {
  /** When each entity's docs last failed to build (entity ref → ms). */
  private readonly lastFailure = new Map<string, number>();
  /** When this prebuilder last synced each entity (entity ref → ms). */
  private readonly lastSync = new Map<string, number>();

  constructor(
    private readonly options: {
      catalog: CatalogService;
      auth: AuthService;
      discovery: DiscoveryService;
      logger: LoggerService;
      concurrency: number;
      events?: EventsService;
      /**
       * How long missing-docs-only runs leave an entity whose build failed
       * alone (full runs always retry). Defaults to 5 minutes.
       */
      failureBackoffMs?: number;
    },
  ) {}

  /**
   * Syncs the docs of every entity with a `backstage.io/techdocs-ref`.
   * With `onlyMissing`, only of those whose docs were never built (one cheap
   * metadata request per entity): such runs can be frequent without using up
   * TechDocs' once-a-minute source check of built docs.
   */
  async run(
    runOptions: { onlyMissing?: boolean } = {},
  ): Promise<PrebuildResult> {
    const { catalog, auth, logger, concurrency, events } = this.options;
    const credentials = await auth.getOwnServiceCredentials();
    const { items } = await catalog.getEntities(
      {
        filter: {
          [`metadata.annotations.${TECHDOCS_REF_ANNOTATION}`]:
            CATALOG_FILTER_EXISTS,
        },
        fields: ['kind', 'metadata.namespace', 'metadata.name'],
      },
      { credentials },
    );
    const refs = items.map(entity => getCompoundEntityRef(entity));
    const result: PrebuildResult = {
      skipped: [],
      updated: [],
      unchanged: [],
      failed: [],
    };

    let next = 0;
    const worker = async () => {
      while (next < refs.length) {
        const ref = refs[next++];
        const entityRef = stringifyEntityRef(ref);
        if (
          runOptions.onlyMissing &&
          (this.failedRecently(entityRef) || (await this.isBuilt(ref)))
        ) {
          result.skipped.push(entityRef);
          continue;
        }
        const previousSync = this.lastSync.get(entityRef);
        const now = Date.now();
        this.lastSync.set(entityRef, now);
        const outcome = await this.sync(ref).catch(
          (error): SyncOutcome => ({
            status: 'failed',
            error: toError(error).message,
            log: [],
          }),
        );
        if (outcome.status === 'failed') {
          this.lastFailure.set(entityRef, Date.now());
        } else {
          this.lastFailure.delete(entityRef);
        }
        if (outcome.status === 'updated') {
          result.updated.push(entityRef);
          logger.info(`Built docs of ${entityRef}`);
        } else if (outcome.status === 'unchanged') {
          result.unchanged.push(entityRef);
          if (
            previousSync !== undefined &&
            now - previousSync < TECHDOCS_CHECK_INTERVAL_MS
          ) {
            const wait =
              previousSync + TECHDOCS_CHECK_INTERVAL_MS + 1_000 - now;
            result.recheckInMs = Math.max(result.recheckInMs ?? 0, wait);
          }
        } else {
          result.failed.push({ entityRef, error: outcome.error });
          logger.warn(
            `Could not build docs of ${entityRef}: ${outcome.error}`,
            {
              buildLog: buildLogExcerpt(outcome.log),
            },
          );
        }
      }
    };
    await Promise.all(
      Array.from({ length: Math.min(concurrency, refs.length) }, worker),
    );

    const message = `Docs prebuild${
      runOptions.onlyMissing ? ' (missing docs only)' : ''
    }: ${result.updated.length} built, ${result.unchanged.length} up to date, ${
      result.failed.length
    } failed, ${result.skipped.length} skipped of ${refs.length}`;
    if (result.updated.length || result.failed.length) {
      logger.info(message);
    } else {
      logger.debug(message);
    }
    if (events && result.updated.length) {
      const eventPayload: DocsBuiltEventPayload = {
        entityRefs: result.updated,
      };
      await events
        .publish({ topic: TECHDOCS_DOCS_BUILT_TOPIC, eventPayload })
        .catch(error =>
          logger.warn(`Could not publish ${TECHDOCS_DOCS_BUILT_TOPIC}`, error),
        );
    }
    return result;
  }

  private failedRecently(entityRef: string): boolean {
    const at = this.lastFailure.get(entityRef);
    const backoff = this.options.failureBackoffMs ?? FAILURE_BACKOFF_MS;
    return at !== undefined && Date.now() - at < backoff;
  }

  /** Whether TechDocs has published docs (their metadata) for the entity. */
  private async isBuilt(ref: CompoundEntityRef): Promise<boolean> {
    const { url, token } = await this.techdocsUrl('metadata/techdocs', ref);
    const response = await fetch(url, {
      headers: { Authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(30_000),
    });
    await response.body?.cancel();
    return response.ok;
  }

  private async techdocsUrl(route: string, ref: CompoundEntityRef) {
    const { auth, discovery } = this.options;
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: await auth.getOwnServiceCredentials(),
      targetPluginId: 'techdocs',
    });
    const baseUrl = await discovery.getBaseUrl('techdocs');
    const path = [ref.namespace, ref.kind, ref.name]
      .map(encodeURIComponent)
      .join('/');
    return { url: `${baseUrl}/${route}/${path}`, token };
  }

  private async sync(ref: CompoundEntityRef): Promise<SyncOutcome> {
    const { url, token } = await this.techdocsUrl('sync', ref);
    const response = await fetch(url, {
      headers: {
        Authorization: `Bearer ${token}`,
        Accept: 'text/event-stream',
      },
      signal: AbortSignal.timeout(SYNC_TIMEOUT_MS),
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return parseSyncStream(await response.text());
  }
}
