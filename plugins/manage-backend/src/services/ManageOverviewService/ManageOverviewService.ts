import {
  BackstageCredentials,
  CacheService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  Entity,
  RELATION_OWNED_BY,
  RELATION_PARENT_OF,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CI_RUNS_QUERY_MAX_ENTITIES } from '@internal/plugin-ci-status-common';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  KUBERNETES_ANNOTATION,
  KUBERNETES_LABEL_SELECTOR_QUERY_ANNOTATION,
} from '@backstage/plugin-kubernetes-common';
import {
  ManageCiCell,
  ManageKubernetesCell,
  ManageOverviewResponse,
  ManageRow,
} from '@internal/plugin-manage-common';
import { CiStatusBackendClient } from '../../clients/CiStatusBackendClient';
import { KubernetesBackendClient } from '../../clients/KubernetesBackendClient';
import { ManageConfig } from '../../config';
import { mapWithConcurrency } from '../../lib/mapWithConcurrency';
import { SourceError } from '../../lib/SourceError';
import { summarizeCi } from '../../lib/summarizeCi';
import { summarizeKubernetes } from '../../lib/summarizeKubernetes';

const TECHDOCS_ANNOTATION = 'backstage.io/techdocs-ref';
const CACHE_KEY_VERSION = 'v1';
/** Most groups one overview expands to, so a cycle or a huge org cannot run away. */
const MAX_OWNERS = 500;
/** Most owners one request may name. */
export const MAX_REQUESTED_OWNERS = 50;

/**
 * Builds the Manage overview: expands the owners to the groups below them,
 * lists every component they own, and fetches each component's CI and
 * Kubernetes status from their backends with bounded concurrency and a cache.
 * A failing source only turns its own cells into errors.
 */
export class ManageOverviewService {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      cache: CacheService;
      logger: LoggerService;
      config: ManageConfig;
      ciStatus: CiStatusBackendClient;
      kubernetes: KubernetesBackendClient;
    },
  ) {}

  async overview(
    ownerRefs: string[],
    credentials: BackstageCredentials,
  ): Promise<ManageOverviewResponse> {
    const owners = await this.expandOwners(
      ownerRefs.map(ref => this.normalizeOwner(ref)),
      credentials,
    );
    const { items } = await this.deps.catalog.getEntities(
      {
        // kind first: the in-memory test catalog stops at the first array filter.
        filter: {
          kind: 'component',
          [`relations.${RELATION_OWNED_BY}`]: owners,
        },
      },
      { credentials },
    );
    const entityRefs = items.map(entity => stringifyEntityRef(entity));
    // CI: one call for every row; Kubernetes: one call per row (its backend
    // has no batched query), a bounded number at a time.
    const [ciCells, kubernetesCells] = await Promise.all([
      this.ciCells(entityRefs, credentials),
      mapWithConcurrency(
        items.map((entity, i) => ({ entity, entityRef: entityRefs[i] })),
        this.deps.config.concurrency,
        ({ entity, entityRef }) =>
          this.kubernetesCell(entity, entityRef, credentials),
      ),
    ]);
    const rows = items.map((entity, i) =>
      this.row(entity, entityRefs[i], ciCells[i], kubernetesCells[i]),
    );
    rows.sort((a, b) => a.title.localeCompare(b.title));
    return { owners, rows, generatedAt: new Date().toISOString() };
  }

  private normalizeOwner(ref: string): string {
    try {
      return stringifyEntityRef(parseEntityRef(ref, { defaultKind: 'group' }));
    } catch (e) {
      throw new InputError(`Invalid owner "${ref}": ${(e as Error).message}`);
    }
  }

  /** The owners and, for groups, every group below them (parentOf relations). */
  private async expandOwners(
    refs: string[],
    credentials: BackstageCredentials,
  ): Promise<string[]> {
    const seen = new Set(refs);
    let frontier = refs.filter(ref => ref.startsWith('group:'));
    while (frontier.length > 0 && seen.size < MAX_OWNERS) {
      const { items } = await this.deps.catalog.getEntitiesByRefs(
        { entityRefs: frontier, fields: ['kind', 'metadata', 'relations'] },
        { credentials },
      );
      const next: string[] = [];
      for (const group of items) {
        for (const relation of group?.relations ?? []) {
          const child = relation.targetRef;
          if (relation.type === RELATION_PARENT_OF && !seen.has(child)) {
            seen.add(child);
            next.push(child);
          }
        }
      }
      frontier = next;
    }
    return [...seen];
  }

  private row(
    entity: Entity,
    entityRef: string,
    ci: ManageCiCell,
    kubernetes: ManageKubernetesCell,
  ): ManageRow {
    const spec = (entity.spec ?? {}) as { type?: string; lifecycle?: string };
    const docsUrl = this.docsUrl(entity);
    return {
      entityRef,
      title: entity.metadata.title ?? entity.metadata.name,
      ...(spec.lifecycle && { lifecycle: String(spec.lifecycle) }),
      ...(spec.type && { type: String(spec.type) }),
      owners: (entity.relations ?? [])
        .filter(r => r.type === RELATION_OWNED_BY)
        .map(r => r.targetRef),
      ...(docsUrl && { docsUrl }),
      ci,
      kubernetes,
    };
  }

  private docsUrl(entity: Entity): string | undefined {
    if (!entity.metadata.annotations?.[TECHDOCS_ANNOTATION]) return undefined;
    const namespace = entity.metadata.namespace ?? 'default';
    return `${
      this.deps.config.appBaseUrl
    }/docs/${namespace}/${entity.kind.toLocaleLowerCase('en-US')}/${
      entity.metadata.name
    }`;
  }

  /**
   * The CI cells of all rows: cached ones from the cache, the rest from one
   * `runs/query` call to the ci-status backend per
   * CI_RUNS_QUERY_MAX_ENTITIES rows. A failed call turns only its rows' CI
   * cells into errors.
   */
  private async ciCells(
    entityRefs: string[],
    credentials: BackstageCredentials,
  ): Promise<ManageCiCell[]> {
    const cells = await Promise.all(
      entityRefs.map(ref => this.cacheGet<ManageCiCell>(`ci:${ref}`)),
    );
    const missing = entityRefs.filter((_, i) => !cells[i]);
    const fetched = new Map<string, ManageCiCell>();
    const chunks: string[][] = [];
    for (let i = 0; i < missing.length; i += CI_RUNS_QUERY_MAX_ENTITIES) {
      chunks.push(missing.slice(i, i + CI_RUNS_QUERY_MAX_ENTITIES));
    }
    await Promise.all(
      chunks.map(async chunk => {
        try {
          const { items } = await this.deps.ciStatus.runsOfMany(
            chunk,
            credentials,
          );
          await Promise.all(
            chunk.map(async (ref, i) => {
              const response = items[i];
              const cell: ManageCiCell = response
                ? summarizeCi(response)
                : {
                    error: {
                      reason: 'not-found',
                      message: `The ci-status backend cannot see ${ref}`,
                    },
                  };
              fetched.set(ref, cell);
              if (!('error' in cell)) await this.cacheSet(`ci:${ref}`, cell);
            }),
          );
        } catch (e) {
          if (!(e instanceof SourceError)) throw e;
          this.deps.logger.warn(
            `Manage overview: CI of ${chunk.length} components: ${e.message}`,
          );
          for (const ref of chunk) fetched.set(ref, { error: e.details });
        }
      }),
    );
    return entityRefs.map((ref, i) => cells[i] ?? fetched.get(ref)!);
  }

  private kubernetesCell(
    entity: Entity,
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<ManageKubernetesCell> {
    const annotations = entity.metadata.annotations ?? {};
    if (
      !annotations[KUBERNETES_ANNOTATION] &&
      !annotations[KUBERNETES_LABEL_SELECTOR_QUERY_ANNOTATION]
    ) {
      return Promise.resolve({ configured: false });
    }
    return this.cached(
      `kubernetes:${entityRef}`,
      async () =>
        summarizeKubernetes(
          await this.deps.kubernetes.workloads(entityRef, credentials),
        ),
      cell => !('error' in cell),
    );
  }

  private async cacheGet<T extends object>(
    key: string,
  ): Promise<T | undefined> {
    const hit = await this.deps.cache.get(`${CACHE_KEY_VERSION}:${key}`);
    return (hit as unknown as T | undefined) ?? undefined;
  }

  private async cacheSet(key: string, value: object): Promise<void> {
    const { cache, config } = this.deps;
    if (config.cacheTtlMs <= 0) return;
    await cache.set(`${CACHE_KEY_VERSION}:${key}`, value as any, {
      ttl: config.cacheTtlMs,
    });
  }

  /** Reuses a cell for the TTL; computes it otherwise, turning a SourceError into an error cell. */
  private async cached<T extends object>(
    key: string,
    compute: () => Promise<T>,
    cacheable: (value: T) => boolean,
  ): Promise<T | { error: SourceError['details'] }> {
    const hit = await this.cacheGet<T>(key);
    if (hit) return hit;
    try {
      const value = await compute();
      if (cacheable(value)) await this.cacheSet(key, value);
      return value;
    } catch (e) {
      if (e instanceof SourceError) {
        this.deps.logger.warn(`Manage overview: ${key}: ${e.message}`);
        return { error: e.details };
      }
      throw e;
    }
  }
}
