import {
  BackstageCredentials,
  CacheService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  CI_RUNS_QUERY_MAX_ENTITIES,
  CiProvider,
  CiRunsResponse,
} from '@internal/plugin-ci-status-common';
import { CiStatusConfig } from '../../config';
import { CiHostError } from '../../lib/CiHostError';
import { CiRunsProvider, CiTarget, LatestRuns } from '../../providers/types';
import { targetOf } from './targetOf';

const CACHE_KEY_VERSION = 'v1';

function normalizeRef(rawEntityRef: string): string {
  try {
    return stringifyEntityRef(
      parseEntityRef(rawEntityRef, { defaultKind: 'component' }),
    );
  } catch (e) {
    throw new InputError(
      `Invalid entityRef "${rawEntityRef}": ${(e as Error).message}`,
    );
  }
}

/**
 * Answers "what are the latest CI runs of this entity": finds the entity's
 * CI project from its annotations, asks the provider for it (through the
 * per-host limits of the HTTP client), and reuses answers for the configured
 * TTL. Identical requests in flight at the same time share one call.
 */
export class CiStatusService {
  private readonly inFlight = new Map<string, Promise<LatestRuns>>();

  constructor(
    private readonly deps: {
      catalog: CatalogService;
      cache: CacheService;
      logger: LoggerService;
      config: CiStatusConfig;
      providers: Record<CiProvider, CiRunsProvider>;
    },
  ) {}

  async getRuns(
    rawEntityRef: string,
    credentials: BackstageCredentials,
  ): Promise<CiRunsResponse> {
    const entityRef = normalizeRef(rawEntityRef);
    const entity = await this.deps.catalog.getEntityByRef(entityRef, {
      credentials,
    });
    if (!entity) {
      throw new NotFoundError(`No entity ${entityRef} in the catalog`);
    }
    return this.runsOf(entityRef, entity);
  }

  /**
   * The runs of many entities at once, for callers that show a table of them
   * (Manage): one catalog read for all, the CI calls under the same per-host
   * limits. `null` for an entity the catalog does not have.
   */
  async getRunsOfMany(
    rawEntityRefs: string[],
    credentials: BackstageCredentials,
  ): Promise<Array<CiRunsResponse | null>> {
    if (rawEntityRefs.length > CI_RUNS_QUERY_MAX_ENTITIES) {
      throw new InputError(
        `At most ${CI_RUNS_QUERY_MAX_ENTITIES} entityRefs per query, got ${rawEntityRefs.length}`,
      );
    }
    const entityRefs = rawEntityRefs.map(normalizeRef);
    const { items } = await this.deps.catalog.getEntitiesByRefs(
      { entityRefs, fields: ['kind', 'metadata'] },
      { credentials },
    );
    return Promise.all(
      items.map((entity, i) =>
        entity ? this.runsOf(entityRefs[i], entity) : null,
      ),
    );
  }

  private async runsOf(
    entityRef: string,
    entity: Entity,
  ): Promise<CiRunsResponse> {
    const target = targetOf(entity);
    if (!target) {
      return { entityRef, provider: null, host: null, project: null, runs: [] };
    }
    const base = {
      entityRef,
      provider: target.provider,
      host: target.host,
      project: target.project,
    };
    try {
      const latest = await this.latestRuns(target);
      return { ...base, branch: latest.branch, runs: latest.runs };
    } catch (e) {
      if (e instanceof CiHostError) {
        this.deps.logger.debug(`No CI runs for ${entityRef}: ${e.message}`, {
          entityRef,
          reason: e.reason,
          host: e.host,
        });
        return { ...base, runs: [], error: e.toJSON() };
      }
      throw e;
    }
  }

  private async latestRuns(target: CiTarget): Promise<LatestRuns> {
    const { config, cache } = this.deps;
    const key = [
      'runs',
      CACHE_KEY_VERSION,
      target.provider,
      target.host,
      target.project,
      config.runsLimit,
    ].join(':');

    const cached = await cache.get<LatestRuns & Record<string, any>>(key);
    if (cached) return cached;

    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = this.deps.providers[target.provider]
        .latestRuns(target, config.runsLimit)
        .then(async latest => {
          if (config.cacheTtlMs > 0) {
            await cache.set(key, latest as any, { ttl: config.cacheTtlMs });
          }
          return latest;
        })
        .finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return pending;
  }
}
