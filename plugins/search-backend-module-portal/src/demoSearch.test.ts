/*
 * The whole search pipeline of the embedded default on the demo catalog:
 * catalog and TechDocs collators, TechDocs building docs without a visit
 * (prebuild module), the reindex on `techdocs.docs-built`, and Lunr. Needs
 * mkdocs with the material theme (scripts/ensure-system-packages.sh).
 */
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  mockServices,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { eventsServiceFactory } from '@backstage/plugin-events-node';
import searchPlugin from '@backstage/plugin-search-backend';
import catalogCollatorModule from '@backstage/plugin-search-backend-module-catalog';
import pgSearchModule from '@backstage/plugin-search-backend-module-pg';
import techdocsCollatorModule from '@backstage/plugin-search-backend-module-techdocs';
import techdocsPlugin from '@backstage/plugin-techdocs-backend';
import prebuildModule from '@internal/plugin-techdocs-backend-module-prebuild';
import yaml from 'js-yaml';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { searchModulePortal } from './module';

const repoRoot = path.resolve(__dirname, '../../..');

/**
 * The demo catalog's entities, located as the catalog would locate them, in
 * a copy of demo/catalog (TechDocs edits mkdocs.yml in place for file
 * locations).
 */
function readDemoEntities(demoDir: string): Entity[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.yaml') && entry.name !== 'mkdocs.yml')
        files.push(full);
    }
  };
  walk(demoDir);
  return files.flatMap(file =>
    (yaml.loadAll(fs.readFileSync(file, 'utf8')) as Entity[])
      .filter(e => e?.kind && e.kind !== 'Location')
      .map((e, i) => ({
        ...e,
        metadata: {
          namespace: 'default',
          ...e.metadata,
          uid: `${path.relative(demoDir, file)}#${i}`,
          annotations: {
            ...e.metadata.annotations,
            'backstage.io/managed-by-location': `file:${file}`,
            'backstage.io/managed-by-origin-location': `file:${file}`,
          },
        },
      })),
  );
}

type Result = {
  type: string;
  document: { title: string; text: string; location: string };
};

describe('search over the demo catalog and its docs', () => {
  let backend: TestBackend;
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-search-'));
  const publishDir = path.join(workDir, 'techdocs');
  const demoDir = path.join(workDir, 'catalog');
  fs.cpSync(path.join(repoRoot, 'demo/catalog'), demoDir, { recursive: true });
  const entities = readDemoEntities(demoDir);

  beforeAll(async () => {
    // mkdocs runs as a child process with the worker's real environment,
    // which scripts/test.sh (like scripts/start.sh) gives the techdocs-core
    // shim's PYTHONPATH.
    const shimDir = path.join(repoRoot, 'tools/mkdocs-techdocs-core-shim');
    if (!(process.env.PYTHONPATH ?? '').split(':').includes(shimDir)) {
      throw new Error(
        `PYTHONPATH must include ${shimDir}; run through \`make test\` or export it`,
      );
    }
    const schedule = {
      frequency: { minutes: 10 },
      timeout: { minutes: 5 },
      initialDelay: { seconds: 0 },
    };
    backend = await startTestBackend({
      features: [
        // The real scheduler and events service, shared by all plugins as
        // in the portal (the test doubles are per plugin).
        schedulerServiceFactory,
        eventsServiceFactory,
        catalogServiceMock.factory({ entities }),
        mockServices.rootConfig.factory({
          data: {
            techdocs: {
              builder: 'local',
              generator: { runIn: 'local' },
              publisher: {
                type: 'local',
                local: { publishDirectory: publishDir },
              },
              prebuild: { schedule },
            },
            search: {
              collators: {
                catalog: { schedule },
                techdocs: { schedule },
              },
            },
          },
        }),
        techdocsPlugin,
        prebuildModule,
        searchPlugin,
        pgSearchModule,
        searchModulePortal,
        catalogCollatorModule,
        techdocsCollatorModule,
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await backend?.stop();
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  async function search(term: string, type?: string): Promise<Result[]> {
    const res = await request(backend.server)
      .get('/api/search/query')
      .query(type ? { term, types: [type] } : { term });
    return res.status === 200 ? res.body.results : [];
  }

  async function eventually(
    term: string,
    type: string,
    match: (results: Result[]) => boolean,
  ): Promise<Result[]> {
    const end = Date.now() + 90_000;
    for (;;) {
      const results = await search(term, type);
      if (match(results)) return results;
      if (Date.now() > end) {
        throw new Error(
          `"${term}" in ${type}: ${JSON.stringify(results).slice(0, 500)}`,
        );
      }
      await new Promise(r => setTimeout(r, 500));
    }
  }

  it('finds a word that appears only in the payments runbook, without anyone opening the docs', async () => {
    const results = await eventually(
      'quokkaflux',
      'techdocs',
      r => r.length > 0,
    );
    expect(results[0].document.location).toMatch(
      /^\/docs\/default\/component\/payments-service\/runbook\//,
    );
    expect(results[0].document.text).toContain('quokkaflux');
    // Only that page says it.
    expect(
      results.every(r =>
        r.document.location.startsWith(
          '/docs/default/component/payments-service/runbook/',
        ),
      ),
    ).toBe(true);
  }, 120_000);

  it('indexes the docs of every demo component with docs', async () => {
    const withDocs = entities.filter(
      e => e.metadata.annotations?.['backstage.io/techdocs-ref'],
    );
    expect(withDocs.length).toBeGreaterThanOrEqual(5);
    for (const entity of withDocs) {
      const results = await eventually(entity.metadata.name, 'techdocs', r =>
        r.some(x =>
          x.document.location.startsWith(
            `/docs/default/component/${entity.metadata.name}/`,
          ),
        ),
      );
      expect(results.length).toBeGreaterThan(0);
    }
  }, 120_000);

  it('indexes the catalog: components, APIs and groups by name', async () => {
    for (const entity of entities.filter(e =>
      ['Component', 'API', 'Group'].includes(e.kind),
    )) {
      const ref = `/catalog/default/${entity.kind.toLowerCase()}/${
        entity.metadata.name
      }`;
      const results = await eventually(
        entity.metadata.name,
        'software-catalog',
        r => r.some(x => x.document.location === ref),
      );
      expect(results.map(r => r.document.location)).toContain(ref);
    }
  }, 120_000);
});
