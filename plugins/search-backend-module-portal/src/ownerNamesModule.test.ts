import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  mockServices,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import searchPlugin from '@backstage/plugin-search-backend';
import catalogCollatorModule from '@backstage/plugin-search-backend-module-catalog';
import request from 'supertest';
import { searchModuleCatalogOwnerNames } from './ownerNamesModule';

function component(name: string, owner: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', uid: name },
    spec: { type: 'service', lifecycle: 'production', owner },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/payments-team' }],
  };
}

describe('searchModuleCatalogOwnerNames', () => {
  let backend: TestBackend;

  beforeAll(async () => {
    const schedule = {
      frequency: { minutes: 10 },
      timeout: { minutes: 5 },
      initialDelay: { seconds: 0 },
    };
    backend = await startTestBackend({
      features: [
        schedulerServiceFactory,
        catalogServiceMock.factory({
          entities: [
            // The same team, written both ways (templates write the full ref).
            component('ledger-service', 'payments-team'),
            component('refund-service', 'group:default/payments-team'),
          ],
        }),
        mockServices.rootConfig.factory({
          data: { search: { collators: { catalog: { schedule } } } },
        }),
        searchPlugin,
        catalogCollatorModule,
        searchModuleCatalogOwnerNames,
      ],
    });
  }, 60_000);

  afterAll(() => backend?.stop());

  it('gives both forms of spec.owner one owner value in the documents', async () => {
    const end = Date.now() + 30_000;
    let documents: { title: string; owner: string }[] = [];
    while (Date.now() < end) {
      const res = await request(backend.server)
        .get('/api/search/query')
        .query({ term: 'service', filters: { owner: 'payments-team' } });
      documents = (res.body.results ?? []).map(
        (r: { document: { title: string; owner: string } }) => ({
          title: r.document.title,
          owner: r.document.owner,
        }),
      );
      if (documents.length >= 2) break;
      await new Promise(r => setTimeout(r, 300));
    }
    // PostgreSQL matches filter values exactly, so the stored value must agree.
    expect(documents.sort((a, b) => a.title.localeCompare(b.title))).toEqual([
      { title: 'ledger-service', owner: 'payments-team' },
      { title: 'refund-service', owner: 'payments-team' },
    ]);
  }, 40_000);
});
