/*
 * The PostgreSQL search engine of the production config
 * (@backstage/plugin-search-backend-module-pg) next to this module, against
 * the real PostgreSQL server (POSTGRES_HOST etc., defaults 127.0.0.1:5432,
 * user postgres; scripts/test.sh sets them). Creates and drops its own
 * database, `searchbe_<random>`.
 */
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  mockServices,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
import searchPlugin from '@backstage/plugin-search-backend';
import pgSearchModule from '@backstage/plugin-search-backend-module-pg';
import knexFactory, { Knex } from 'knex';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { createTestCollatorModule } from './__testUtils__/testCollatorModule';
import { searchModulePortal } from './module';
import { ODD_TERMS } from './__testUtils__/oddTerms';

const connection = {
  host: process.env.POSTGRES_HOST ?? '127.0.0.1',
  port: Number(process.env.POSTGRES_PORT ?? 5432),
  user: process.env.POSTGRES_USER ?? 'postgres',
  password: process.env.POSTGRES_PASSWORD ?? '',
};
const databaseName = `searchbe_${randomBytes(4).toString('hex')}`;

const docs = () => [
  {
    title: 'Payments runbook',
    text: 'Restart the quokkaflux worker when the nightly reconciliation stalls.',
    location: '/docs/default/component/payments-service/runbook/',
  },
  {
    title: 'Ledger overview',
    text: "The ledger's foo:bar entries are append-only.",
    location: '/docs/default/component/ledger-service/',
  },
  {
    title: 'Checkout web',
    text: 'The storefront checkout pages, written in React.',
    location: '/catalog/default/component/checkout-web',
  },
];

const locations = (res: request.Response) =>
  res.body.results.map(
    (r: { document: { location: string } }) => r.document.location,
  );

describe('search on PostgreSQL', () => {
  let admin: Knex;
  let knex: Knex;
  let backend: TestBackend;

  beforeAll(async () => {
    admin = knexFactory({
      client: 'pg',
      connection: { ...connection, database: 'postgres' },
    });
    await admin.raw('CREATE DATABASE ??', [databaseName]);
    knex = knexFactory({
      client: 'pg',
      connection: { ...connection, database: databaseName },
    });
    const collator = createTestCollatorModule('techdocs', docs);
    backend = await startTestBackend({
      features: [
        mockServices.database.factory({ knex }),
        schedulerServiceFactory,
        searchPlugin,
        pgSearchModule,
        // Must leave the engine to the PostgreSQL module here.
        searchModulePortal,
        collator.feature,
      ],
    });
    const end = Date.now() + 60_000;
    for (;;) {
      const res = await request(backend.server).get(
        '/api/search/query?term=quokkaflux',
      );
      if (res.body.results?.length) break;
      if (Date.now() > end) throw new Error('documents were never indexed');
      await new Promise(r => setTimeout(r, 250));
    }
  }, 90_000);

  afterAll(async () => {
    await backend?.stop();
    await knex?.destroy();
    await admin?.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [databaseName]);
    await admin?.destroy();
  });

  it('uses the PostgreSQL engine: documents are rows of the database', async () => {
    const [{ count }] = await knex('documents').count({ count: '*' });
    expect(Number(count)).toBe(3);
  });

  it('finds a word, a prefix of it, and ranks the matching page first', async () => {
    const word = await request(backend.server).get(
      '/api/search/query?term=quokkaflux',
    );
    expect(locations(word)).toEqual([
      '/docs/default/component/payments-service/runbook/',
    ]);
    const prefix = await request(backend.server).get(
      '/api/search/query?term=reconcil',
    );
    expect(locations(prefix)).toEqual([
      '/docs/default/component/payments-service/runbook/',
    ]);
    const twoWords = await request(backend.server).get(
      '/api/search/query?term=storefront%20react',
    );
    expect(locations(twoWords)).toEqual([
      '/catalog/default/component/checkout-web',
    ]);
  });

  it.each(ODD_TERMS)('answers %s with 200', async (_name, term) => {
    const res = await request(backend.server)
      .get('/api/search/query')
      .query({ term });
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body.results)).toBe(true);
  });

  it('finds a word written with syntax characters around it', async () => {
    const res = await request(backend.server)
      .get('/api/search/query')
      .query({ term: '"quokkaflux:*' });
    expect(res.status).toBe(200);
    expect(locations(res)).toEqual([
      '/docs/default/component/payments-service/runbook/',
    ]);
  });

  it('answers a term over 100 characters with a 400', async () => {
    const res = await request(backend.server)
      .get('/api/search/query')
      .query({ term: 'a'.repeat(2000) });
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('InputError');
    expect(res.body.error.message).toContain('The term length');
  });
});
