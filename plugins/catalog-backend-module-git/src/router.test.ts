import { mockServices } from '@backstage/backend-test-utils';
import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  Entity,
} from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import express from 'express';
import request from 'supertest';
import {
  GitEntityProvider,
  GitEntityProviderStatus,
} from './providers/GitEntityProvider';
import { FILTER_CHARS_PER_QUERY, createRouter } from './router';
import { ProcessingErrorLog } from './status/ProcessingErrorLog';
import { GitSourcesResponse } from '@internal/plugin-catalog-git-sources-common';

/** A provider as the route sees it: a status and its URLs, no Git. */
function fakeProvider(id: string, files: string[]): GitEntityProvider {
  const root = `git+https://git.example.com/${id}.git#main:`;
  const status: GitEntityProviderStatus = {
    providerId: id,
    remote: `https://git.example.com/${id}.git`,
    branch: 'main',
    paths: ['**/catalog-info.yaml'],
    lastCommit: `commit-of-${id}`,
    files,
  };
  return {
    getStatus: () => status,
    rootUrl: () => root,
    fileUrl: (_branch: string, path: string) => `${root}${path}`,
    fileChangedAt: () => undefined,
  } as unknown as GitEntityProvider;
}

/** What the catalog holds for a source: each file's Location and `perFile` components. */
function entitiesOf(id: string, files: string[], perFile: number): Entity[] {
  const origin = `url:git+https://git.example.com/${id}.git#main:`;
  return files.flatMap((path, f) => {
    const target = `git+https://git.example.com/${id}.git#main:${path}`;
    return [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Location',
        metadata: {
          name: `${id}-location-${f}`,
          annotations: {
            [ANNOTATION_ORIGIN_LOCATION]: origin,
            [ANNOTATION_LOCATION]: origin,
          },
        },
        spec: { type: 'url', target },
      },
      ...Array.from({ length: perFile }, (_, i) => ({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: `${id}-file${f}-component-${i}`,
          annotations: {
            [ANNOTATION_ORIGIN_LOCATION]: origin,
            [ANNOTATION_LOCATION]: `url:${target}`,
          },
        },
        spec: { type: 'service', lifecycle: 'production', owner: 'team' },
      })),
    ];
  });
}

async function sourcesFrom(sources: number) {
  const providers: GitEntityProvider[] = [];
  const entities: Entity[] = [];
  for (let s = 0; s < sources; s++) {
    const id = `repo-${s}`;
    const files = ['catalog-info.yaml', 'more/catalog-info.yaml'];
    providers.push(fakeProvider(id, files));
    // Source s has s % 3 + 1 components per file.
    entities.push(...entitiesOf(id, files, (s % 3) + 1));
  }
  const catalog = catalogServiceMock({ entities });
  const getEntities = jest.spyOn(catalog, 'getEntities');
  const app = express().use(
    await createRouter({
      providers,
      catalog,
      httpAuth: mockServices.httpAuth(),
      errorLog: new ProcessingErrorLog(),
    }),
  );
  const res = await request(app).get('/git/sources');
  expect(res.status).toBe(200);
  return { body: res.body as GitSourcesResponse, getEntities };
}

describe('GET /git/sources', () => {
  it('asks the catalog once for all sources and counts each file’s entities', async () => {
    const { body, getEntities } = await sourcesFrom(12);
    expect(getEntities).toHaveBeenCalledTimes(1);
    expect(body.sources).toHaveLength(12);
    for (const source of body.sources) {
      const s = Number(source.providerId.replace('repo-', ''));
      expect(source.files).toEqual([
        expect.objectContaining({
          path: 'catalog-info.yaml',
          registered: true,
          entityCount: (s % 3) + 1,
          errors: [],
        }),
        expect.objectContaining({
          path: 'more/catalog-info.yaml',
          registered: true,
          entityCount: (s % 3) + 1,
        }),
      ]);
    }
  });

  it('splits many sources into a few queries whose filters fit in a query string', async () => {
    const sources = 500;
    const { body, getEntities } = await sourcesFrom(sources);
    expect(body.sources).toHaveLength(sources);
    const last = body.sources.find(
      s => s.providerId === `repo-${sources - 1}`,
    )!;
    expect(last.files[0].entityCount).toBe(((sources - 1) % 3) + 1);

    // A handful of queries, not one per source.
    expect(getEntities.mock.calls.length).toBeGreaterThan(1);
    expect(getEntities.mock.calls.length).toBeLessThanOrEqual(sources / 20);
    // Each one's filter, as the catalog client puts it into the URL, stays
    // far below the 16 KiB Node allows for a request head.
    for (const [entitiesRequest] of getEntities.mock.calls) {
      const filter = entitiesRequest!.filter as Record<string, string[]>;
      const query = Object.entries(filter)
        .flatMap(([key, values]) => values.map(value => `${key}=${value}`))
        .join(',');
      expect(encodeURIComponent(query).length).toBeLessThanOrEqual(
        FILTER_CHARS_PER_QUERY,
      );
    }
  });
});
