import { createBackendModule } from '@backstage/backend-plugin-api';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import { startTestBackend, TestBackend } from '@backstage/backend-test-utils';
import { EventsService, eventsServiceRef } from '@backstage/plugin-events-node';
import searchPlugin from '@backstage/plugin-search-backend';
import pgSearchModule from '@backstage/plugin-search-backend-module-pg';
import request from 'supertest';
import { createTestCollatorModule } from './__testUtils__/testCollatorModule';
import { searchModulePortal } from './module';
import { ODD_TERMS } from './__testUtils__/oddTerms';

const docs = () => [
  {
    title: 'Payments runbook',
    text: 'Restart the quokkaflux worker when the queue stalls.',
    location: '/docs/default/component/payments-service/runbook/',
  },
  {
    title: 'Ledger overview',
    text: 'The ledger records every foo:bar entry with a supercalifragilisticexpialidocious id.',
    location: '/docs/default/component/ledger-service/',
  },
];

async function waitFor<T>(fn: () => Promise<T | undefined>, ms = 40_000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await fn().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise(r => setTimeout(r, 100));
  }
}

const titles = (res: request.Response) =>
  res.body.results.map(
    (r: { document: { title: string } }) => r.document.title,
  );

describe('searchModulePortal (Lunr, embedded default)', () => {
  let backend: TestBackend;
  let runs: { count: number };
  const holder: { events?: EventsService } = {};

  beforeAll(async () => {
    const collator = createTestCollatorModule('techdocs', docs);
    runs = collator.runs;
    backend = await startTestBackend({
      features: [
        // The real scheduler: triggering the collator's task goes through
        // its database, as in the portal.
        schedulerServiceFactory,
        searchPlugin,
        searchModulePortal,
        // Not supported on SQLite: it must leave the engine to us.
        pgSearchModule,
        collator.feature,
        createBackendModule({
          pluginId: 'search',
          moduleId: 'test-events',
          register(reg) {
            reg.registerInit({
              deps: { events: eventsServiceRef },
              async init({ events }) {
                holder.events = events;
              },
            });
          },
        }),
      ],
    });
    await waitFor(async () => {
      const res = await request(backend.server).get(
        '/api/search/query?term=quokkaflux',
      );
      return res.body.results?.length ? res : undefined;
    });
  }, 60_000);

  afterAll(async () => {
    await backend?.stop();
  });

  it.each(ODD_TERMS)('answers %s with 200', async (_name, term) => {
    const res = await request(backend.server)
      .get('/api/search/query')
      .query({ term });
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body.results)).toBe(true);
  });

  it('answers a term over 100 characters with a 400 that says why', async () => {
    const res = await request(backend.server)
      .get('/api/search/query')
      .query({ term: 'a'.repeat(2000) });
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('InputError');
    // Upstream's router (search.maxTermLength, default 100) puts the zod
    // issues after this prefix.
    const message: string = res.body.error.message;
    expect(message.startsWith('Invalid query string: ')).toBe(true);
    expect(JSON.parse(message.slice('Invalid query string: '.length))).toEqual([
      expect.objectContaining({
        path: ['term'],
        message: 'The term length "2000" is greater than "100"',
      }),
    ]);
  });

  it('still finds words with a typo, and long words exactly', async () => {
    const typo = await request(backend.server).get(
      '/api/search/query?term=quokkaflxu',
    );
    expect(titles(typo)).toEqual(['Payments runbook']);
    const long = await request(backend.server)
      .get('/api/search/query')
      .query({ term: 'supercalifragilisticexpialidocious' });
    expect(titles(long)).toEqual(['Ledger overview']);
  });

  it('reindexes TechDocs when the prebuild module reports built docs', async () => {
    expect(runs.count).toBe(1);
    await holder.events!.publish({
      topic: 'techdocs.docs-built',
      eventPayload: { entityRefs: ['component:default/payments-service'] },
    });
    await waitFor(async () => (runs.count >= 2 ? true : undefined));
    expect(runs.count).toBe(2);
  }, 60_000);
});
