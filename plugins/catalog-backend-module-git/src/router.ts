import {
  BackstageCredentials,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { AlphaEntity } from '@backstage/catalog-model/alpha';
import {
  CatalogService,
  locationSpecToMetadataName,
} from '@backstage/plugin-catalog-node';
import express from 'express';
import Router from 'express-promise-router';
import {
  GitEntityProvider,
  GitEntityProviderStatus,
} from './providers/GitEntityProvider';
import {
  ProcessingErrorLog,
  RecordedProcessingErrors,
} from './status/ProcessingErrorLog';
import {
  GitSourceFile,
  GitSourceFileError,
  GitSourceStatus,
  GitSourcesResponse,
} from '@internal/plugin-catalog-git-sources-common';

/**
 * Characters of origin filters one catalog query carries. The catalog client
 * sends the filter in the query string, and Node's HTTP server refuses
 * requests whose head is over 16 KiB (431); this leaves room for the rest.
 */
export const FILTER_CHARS_PER_QUERY = 6_000;

const ORIGIN_FILTER_KEY = `metadata.annotations.${ANNOTATION_ORIGIN_LOCATION}`;

/** Splits origins into groups whose filters fit in one query string. */
export function chunkOrigins(origins: string[]): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let chars = 0;
  for (const origin of origins) {
    const size = encodeURIComponent(`${ORIGIN_FILTER_KEY}=${origin},`).length;
    if (current.length > 0 && chars + size > FILTER_CHARS_PER_QUERY) {
      chunks.push(current);
      current = [];
      chars = 0;
    }
    current.push(origin);
    chars += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * Routes of this module on the catalog's router (`/api/catalog/git/...`).
 * They take the backend's default auth policy: a user or service token is
 * required.
 *
 * - `GET /git/sources`: the status of every configured Git source, with the
 *   processing errors and entity counts the catalog has per catalog file
 *   (and, for entities the catalog never accepted, the errors it announced).
 *   It asks the catalog once per group of about 40 sources (see
 *   chunkOrigins), not once per source.
 */
export async function createRouter(options: {
  providers: GitEntityProvider[];
  catalog: CatalogService;
  httpAuth: HttpAuthService;
  errorLog: ProcessingErrorLog;
}): Promise<express.Router> {
  const { providers, catalog, httpAuth, errorLog } = options;
  const router = Router();

  router.get('/git/sources', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const statuses = providers.map(provider => ({
      provider,
      status: provider.getStatus(),
    }));
    const origins = statuses.flatMap(({ provider, status }) =>
      status.branch && status.files.length > 0
        ? [originOf(provider, status.branch)]
        : [],
    );
    const entitiesByOrigin = await entitiesOfOrigins(
      origins,
      catalog,
      credentials,
    );
    const recordedByLocation = new Map<string, RecordedProcessingErrors[]>();
    for (const entry of errorLog.entries()) {
      const list = recordedByLocation.get(entry.location ?? '') ?? [];
      list.push(entry);
      recordedByLocation.set(entry.location ?? '', list);
    }
    const sources = statuses.map(({ provider, status }) =>
      describeSource(
        provider,
        status,
        status.branch
          ? entitiesByOrigin.get(originOf(provider, status.branch)) ?? []
          : [],
        errorLog,
        recordedByLocation,
      ),
    );
    const body: GitSourcesResponse = {
      sources: sources.sort((a, b) => a.providerId.localeCompare(b.providerId)),
    };
    res.json(body);
  });

  return router;
}

function errorsOf(entity: AlphaEntity): GitSourceFileError[] {
  const entityRef = stringifyEntityRef(entity);
  return (entity.status?.items ?? [])
    .filter(item => item.level === 'error')
    .map(item => ({
      entityRef,
      name: item.error?.name,
      message: item.error?.message ?? item.message,
    }));
}

function recordedErrors(
  recorded: RecordedProcessingErrors | undefined,
  since: Date | undefined,
): GitSourceFileError[] {
  if (!recorded || (since && recorded.at < since)) {
    return [];
  }
  return recorded.errors.map(e => ({
    entityRef: recorded.entityRef,
    name: e.name,
    message: e.message,
  }));
}

function originOf(provider: GitEntityProvider, branch: string): string {
  return `url:${provider.rootUrl(branch)}`;
}

/**
 * Every entity that came from one of the sources, grouped by its origin
 * annotation: one catalog query per group of sources whose origin filters
 * fit in FILTER_CHARS_PER_QUERY (an `in` filter on the annotation; about 40
 * sources), instead of one query per source.
 */
async function entitiesOfOrigins(
  origins: string[],
  catalog: CatalogService,
  credentials: BackstageCredentials,
): Promise<Map<string, Entity[]>> {
  const byOrigin = new Map<string, Entity[]>(origins.map(o => [o, []]));
  for (const chunk of chunkOrigins(origins)) {
    const { items } = await catalog.getEntities(
      {
        filter: { [ORIGIN_FILTER_KEY]: chunk },
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.annotations',
          'spec.target',
          'status',
        ],
      },
      { credentials },
    );
    for (const entity of items) {
      const origin =
        entity.metadata.annotations?.[ANNOTATION_ORIGIN_LOCATION] ?? '';
      byOrigin.get(origin)?.push(entity);
    }
  }
  return byOrigin;
}

function describeSource(
  provider: GitEntityProvider,
  status: GitEntityProviderStatus,
  items: Entity[],
  errorLog: ProcessingErrorLog,
  recordedByLocation: Map<string, RecordedProcessingErrors[]>,
): GitSourceStatus {
  const { branch } = status;
  const files: GitSourceFile[] = [];
  if (branch && status.files.length > 0) {
    const origin = originOf(provider, branch);
    const locationsByTarget = new Map<string, Entity>();
    const childrenByLocation = new Map<string, Entity[]>();
    for (const entity of items) {
      const target = entity.spec?.target;
      if (
        entity.kind === 'Location' &&
        typeof target === 'string' &&
        entity.metadata.annotations?.[ANNOTATION_LOCATION] === origin
      ) {
        locationsByTarget.set(target, entity);
        continue;
      }
      const location = entity.metadata.annotations?.[ANNOTATION_LOCATION];
      if (location) {
        const list = childrenByLocation.get(location) ?? [];
        list.push(entity);
        childrenByLocation.set(location, list);
      }
    }
    for (const path of status.files) {
      const url = provider.fileUrl(branch, path);
      const since = provider.fileChangedAt(path);
      const location = locationsByTarget.get(url);
      const children = childrenByLocation.get(`url:${url}`) ?? [];
      const childRefs = new Set(children.map(c => stringifyEntityRef(c)));
      // What the catalog has is authoritative; what it announced fills in
      // for entities it never accepted.
      const locationErrors = location
        ? errorsOf(location)
        : recordedErrors(
            errorLog.get(
              `location:default/${locationSpecToMetadataName({
                type: 'url',
                target: url,
              })}`,
            ),
            since,
          );
      const unacceptedChildren = (recordedByLocation.get(`url:${url}`) ?? [])
        .filter(entry => !childRefs.has(entry.entityRef))
        .flatMap(entry => recordedErrors(entry, since));
      files.push({
        path,
        url,
        registered: Boolean(location),
        entityCount: children.length,
        errors: [
          ...locationErrors,
          ...children.flatMap(errorsOf),
          ...unacceptedChildren,
        ],
      });
    }
  }
  return {
    providerId: status.providerId,
    remote: status.remote,
    branch,
    paths: status.paths,
    lastCommit: status.lastCommit,
    lastRunAt: status.lastRunAt?.toISOString(),
    lastRunDurationMs: status.lastRunDurationMs,
    lastError: status.lastError,
    fileCount: status.lastCommit ? status.files.length : undefined,
    files,
  };
}
