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
  updated: string[];
  unchanged: string[];
  failed: { entityRef: string; error: string }[];
}

const TECHDOCS_REF_ANNOTATION = 'backstage.io/techdocs-ref';
const SYNC_TIMEOUT_MS = 10 * 60 * 1000;
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
  constructor(
    private readonly options: {
      catalog: CatalogService;
      auth: AuthService;
      discovery: DiscoveryService;
      logger: LoggerService;
      concurrency: number;
      events?: EventsService;
    },
  ) {}

  async run(): Promise<PrebuildResult> {
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
    const result: PrebuildResult = { updated: [], unchanged: [], failed: [] };

    let next = 0;
    const worker = async () => {
      while (next < refs.length) {
        const ref = refs[next++];
        const entityRef = stringifyEntityRef(ref);
        const outcome = await this.sync(ref).catch(
          (error): SyncOutcome => ({
            status: 'failed',
            error: toError(error).message,
            log: [],
          }),
        );
        if (outcome.status === 'updated') {
          result.updated.push(entityRef);
          logger.info(`Built docs of ${entityRef}`);
        } else if (outcome.status === 'unchanged') {
          result.unchanged.push(entityRef);
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

    logger.info(
      `Docs prebuild: ${result.updated.length} built, ${result.unchanged.length} up to date, ${result.failed.length} failed of ${refs.length}`,
    );
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

  private async sync(ref: CompoundEntityRef): Promise<SyncOutcome> {
    const { auth, discovery } = this.options;
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: await auth.getOwnServiceCredentials(),
      targetPluginId: 'techdocs',
    });
    const baseUrl = await discovery.getBaseUrl('techdocs');
    const path = [ref.namespace, ref.kind, ref.name]
      .map(encodeURIComponent)
      .join('/');
    const response = await fetch(`${baseUrl}/sync/${path}`, {
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
