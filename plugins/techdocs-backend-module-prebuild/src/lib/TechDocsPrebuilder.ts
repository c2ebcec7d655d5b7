import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { toError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { EventsService } from '@backstage/plugin-events-node';
import { DocsBuildOutcome, EntityDocsBuilder } from './EntityDocsBuilder';

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
  updated: string[];
  unchanged: string[];
  failed: { entityRef: string; error: string }[];
}

const TECHDOCS_REF_ANNOTATION = 'backstage.io/techdocs-ref';
const FAILURE_BACKOFF_MS = 5 * 60 * 1000;

/**
 * Builds the docs of every catalog entity that has a
 * `backstage.io/techdocs-ref` annotation (with {@link EntityDocsBuilder}:
 * TechDocs' own stages, into the storage TechDocs serves). Docs whose source
 * did not change cost one etag comparison, so a run over up-to-date docs is
 * cheap and may follow the previous one at once. Runs of one prebuilder take
 * turns, so an entity is never built twice at the same time by it.
 */
export class TechDocsPrebuilder {
  /** When each entity's docs last failed to build (entity ref → ms). */
  private readonly lastFailure = new Map<string, number>();
  /** The run under way and those queued behind it. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly options: {
      catalog: CatalogService;
      auth: AuthService;
      builder: Pick<EntityDocsBuilder, 'isBuilt' | 'build'>;
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
   * Builds the docs of every entity with a `backstage.io/techdocs-ref` whose
   * source changed since they were published. With `onlyMissing`, only of
   * those whose docs were never published (a storage lookup per entity, no
   * source read), leaving recent failures alone for a while. Starts when
   * earlier runs have finished.
   */
  run(runOptions: { onlyMissing?: boolean } = {}): Promise<PrebuildResult> {
    const result = this.queue.then(() => this.runNow(runOptions));
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async runNow(runOptions: {
    onlyMissing?: boolean;
  }): Promise<PrebuildResult> {
    const { catalog, auth, builder, logger, concurrency, events } =
      this.options;
    const { items } = await catalog.getEntities(
      {
        filter: {
          [`metadata.annotations.${TECHDOCS_REF_ANNOTATION}`]:
            CATALOG_FILTER_EXISTS,
        },
        fields: ['apiVersion', 'kind', 'metadata'],
      },
      { credentials: await auth.getOwnServiceCredentials() },
    );
    const result: PrebuildResult = {
      skipped: [],
      updated: [],
      unchanged: [],
      failed: [],
    };

    let next = 0;
    const worker = async () => {
      while (next < items.length) {
        const entity = items[next++];
        const entityRef = stringifyEntityRef(entity);
        if (
          runOptions.onlyMissing &&
          (this.failedRecently(entityRef) || (await this.isBuilt(entity)))
        ) {
          result.skipped.push(entityRef);
          continue;
        }
        const outcome = await builder.build(entity).catch(
          (error): DocsBuildOutcome => ({
            status: 'failed',
            error: toError(error).message,
            log: '',
          }),
        );
        if (outcome.status === 'failed') {
          this.lastFailure.set(entityRef, Date.now());
          result.failed.push({ entityRef, error: outcome.error });
          // mkdocs' error lines, when it ran (not for an unreadable source
          // or mkdocs.yml).
          logger.warn(
            `Could not build docs of ${entityRef}: ${outcome.error}`,
            outcome.log ? { buildLog: outcome.log } : undefined,
          );
        } else {
          this.lastFailure.delete(entityRef);
          result[outcome.status].push(entityRef);
          if (outcome.status === 'updated') {
            logger.info(`Built docs of ${entityRef}`);
          }
        }
      }
    };
    await Promise.all(
      Array.from({ length: Math.min(concurrency, items.length) }, worker),
    );

    const message = `Docs prebuild${
      runOptions.onlyMissing ? ' (missing docs only)' : ''
    }: ${result.updated.length} built, ${result.unchanged.length} up to date, ${
      result.failed.length
    } failed, ${result.skipped.length} skipped of ${items.length}`;
    if (result.updated.length || result.failed.length) {
      logger.info(message);
    } else {
      logger.debug(message);
    }
    if (events && result.updated.length) {
      const eventPayload: DocsBuiltEventPayload = {
        entityRefs: result.updated,
      };
      try {
        await events.publish({
          topic: TECHDOCS_DOCS_BUILT_TOPIC,
          eventPayload,
        });
      } catch (error) {
        logger.warn(
          `Could not publish ${TECHDOCS_DOCS_BUILT_TOPIC}`,
          toError(error),
        );
      }
    }
    return result;
  }

  private failedRecently(entityRef: string): boolean {
    const at = this.lastFailure.get(entityRef);
    const backoff = this.options.failureBackoffMs ?? FAILURE_BACKOFF_MS;
    return at !== undefined && Date.now() - at < backoff;
  }

  /** Whether docs were published; a storage error counts as not built. */
  private async isBuilt(entity: Entity): Promise<boolean> {
    try {
      return await this.options.builder.isBuilt(entity);
    } catch (error) {
      this.options.logger.warn(
        `Could not check for docs of ${stringifyEntityRef(entity)}`,
        toError(error),
      );
      return false;
    }
  }
}
