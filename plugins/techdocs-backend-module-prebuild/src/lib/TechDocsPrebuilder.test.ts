import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import techdocsPlugin from '@backstage/plugin-techdocs-backend';
import { TechDocsPrebuilder } from './TechDocsPrebuilder';

// A copy: TechDocs edits mkdocs.yml in place for file locations.
const fixtures = fs.mkdtempSync(path.join(os.tmpdir(), 'prebuild-fixtures-'));
fs.cpSync(path.resolve(__dirname, '../__fixtures__'), fixtures, {
  recursive: true,
});
afterAll(() => fs.rmSync(fixtures, { recursive: true, force: true }));

function component(name: string, dir: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      uid: `uid-${name}`,
      annotations: {
        'backstage.io/techdocs-ref': 'dir:.',
        'backstage.io/managed-by-location': `file:${path.join(
          dir,
          'catalog-info.yaml',
        )}`,
        'backstage.io/managed-by-origin-location': `file:${path.join(
          dir,
          'catalog-info.yaml',
        )}`,
      },
    },
    spec: { type: 'service', owner: 'team-a', lifecycle: 'production' },
  };
}

const entities: Entity[] = [
  component('good', path.join(fixtures, 'good-docs')),
  component('broken', path.join(fixtures, 'broken-docs')),
  component('missing', path.join(fixtures, 'no-such-directory')),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'no-docs', namespace: 'default', uid: 'uid-no-docs' },
    spec: { type: 'service', owner: 'team-a', lifecycle: 'production' },
  },
];

describe('TechDocsPrebuilder', () => {
  let publishDir: string;
  beforeEach(() => {
    publishDir = fs.mkdtempSync(path.join(os.tmpdir(), 'prebuild-test-'));
  });
  afterEach(() => {
    fs.rmSync(publishDir, { recursive: true, force: true });
  });

  it('builds missing docs through the techdocs sync endpoint, reports broken ones with the reason, and skips up-to-date ones', async () => {
    const { server } = await startTestBackend({
      features: [
        techdocsPlugin,
        catalogServiceMock.factory({ entities }),
        mockServices.rootConfig.factory({
          data: {
            techdocs: {
              builder: 'local',
              generator: {
                runIn: 'local',
                mkdocs: { omitTechdocsCorePlugin: true },
              },
              publisher: {
                type: 'local',
                local: { publishDirectory: publishDir },
              },
            },
          },
        }),
      ],
    });
    const port = ((server as Server).address() as AddressInfo).port;
    const logger = mockServices.logger.mock();
    const events = { publish: jest.fn(async () => {}), subscribe: jest.fn() };
    const prebuilder = new TechDocsPrebuilder({
      catalog: catalogServiceMock({ entities }),
      auth: mockServices.auth(),
      discovery: {
        getBaseUrl: async pluginId =>
          `http://localhost:${port}/api/${pluginId}`,
        getExternalBaseUrl: async pluginId =>
          `http://localhost:${port}/api/${pluginId}`,
      },
      logger,
      events,
      concurrency: 2,
    });
    const withoutBackoff = new TechDocsPrebuilder({
      catalog: catalogServiceMock({ entities }),
      auth: mockServices.auth(),
      discovery: {
        getBaseUrl: async pluginId =>
          `http://localhost:${port}/api/${pluginId}`,
        getExternalBaseUrl: async pluginId =>
          `http://localhost:${port}/api/${pluginId}`,
      },
      logger,
      concurrency: 2,
      failureBackoffMs: 0,
    });

    const first = await prebuilder.run();

    expect(first.updated).toEqual(['component:default/good']);
    expect(first.unchanged).toEqual([]);
    expect(first.recheckInMs).toBeUndefined();
    expect(first.failed.map(f => f.entityRef).sort()).toEqual([
      'component:default/broken',
      'component:default/missing',
    ]);
    const broken = first.failed.find(
      f => f.entityRef === 'component:default/broken',
    )!;
    // The YAML parser's reason and position, with the offending lines of
    // mkdocs.yml: what the Docs tab shows.
    expect(broken.error).toContain('bad indentation of a sequence entry (4:4)');
    expect(broken.error).toContain('site_name: Broken docs');
    expect(
      fs.readFileSync(
        path.join(publishDir, 'default/component/good/index.html'),
        'utf8',
      ),
    ).toContain('zebrafinch');
    expect(events.publish).toHaveBeenCalledWith({
      topic: 'techdocs.docs-built',
      eventPayload: { entityRefs: ['component:default/good'] },
    });
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining(
        'Could not build docs of component:default/broken: bad indentation',
      ),
      { buildLog: expect.stringContaining('bad indentation') },
    );

    // TechDocs checks a built entity's source again only after a minute, so
    // a second run right away builds nothing and publishes nothing.
    events.publish.mockClear();
    const second = await prebuilder.run();
    expect(second.updated).toEqual([]);
    expect(second.unchanged).toEqual(['component:default/good']);
    // ... and says when that check can happen.
    expect(second.recheckInMs).toBeGreaterThan(50_000);
    expect(second.recheckInMs).toBeLessThanOrEqual(61_000);
    expect(events.publish).not.toHaveBeenCalled();

    // A missing-docs-only run skips built docs without asking TechDocs to
    // check them (which would start its one-minute wait again), and leaves
    // recent failures alone for a while.
    const missingOnly = await prebuilder.run({ onlyMissing: true });
    expect(missingOnly.skipped.sort()).toEqual([
      'component:default/broken',
      'component:default/good',
      'component:default/missing',
    ]);
    expect(missingOnly.unchanged).toEqual([]);
    expect(missingOnly.failed).toEqual([]);
    // Without the back-off, the ones that never built are tried again.
    const retry = await withoutBackoff.run({ onlyMissing: true });
    expect(retry.skipped).toEqual(['component:default/good']);
    expect(retry.failed.map(f => f.entityRef).sort()).toEqual([
      'component:default/broken',
      'component:default/missing',
    ]);
  }, 120_000);
});
