import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FolderUrlReader } from '../__testUtils__/FolderUrlReader';
import {
  docsComponent,
  FIXTURES_BASE_URL,
  localTechdocsConfig,
} from '../__testUtils__/fixtures';
import { EntityDocsBuilder } from './EntityDocsBuilder';
import { TechDocsPrebuilder } from './TechDocsPrebuilder';

const entities: Entity[] = [
  docsComponent('good', 'good-docs'),
  docsComponent('broken', 'broken-docs'),
  docsComponent('missing', 'no-such-folder'),
  docsComponent('mkdocs-fails', 'mkdocs-fails'),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'no-docs', namespace: 'default', uid: 'uid-no-docs' },
    spec: { type: 'service', owner: 'team-a', lifecycle: 'production' },
  },
];

describe('TechDocsPrebuilder', () => {
  let tmp: string;
  let repo: string;
  let workDir: string;
  let publishDir: string;
  let reader: FolderUrlReader;
  let builder: EntityDocsBuilder;

  beforeEach(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'prebuild-test-'));
    repo = path.join(tmp, 'repo');
    workDir = path.join(tmp, 'work');
    publishDir = path.join(tmp, 'published');
    fs.cpSync(path.resolve(__dirname, '../__fixtures__'), repo, {
      recursive: true,
    });
    fs.mkdirSync(workDir);
    reader = new FolderUrlReader({
      baseUrl: FIXTURES_BASE_URL,
      root: repo,
      workDir,
    });
    builder = await EntityDocsBuilder.fromConfig(
      new ConfigReader({
        backend: { workingDirectory: workDir },
        techdocs: localTechdocsConfig(publishDir),
      }),
      {
        logger: mockServices.logger.mock(),
        urlReader: reader,
        discovery: mockServices.discovery(),
      },
    );
  });
  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  const published = (name: string, file = 'index.html') =>
    fs.readFileSync(
      path.join(publishDir, 'default/component', name, file),
      'utf8',
    );

  it('builds docs, rebuilds them as soon as their source changes, skips unchanged ones and reports broken ones with the reason', async () => {
    const logger = mockServices.logger.mock();
    const events = mockServices.events.mock();
    const prebuilder = new TechDocsPrebuilder({
      catalog: catalogServiceMock({ entities }),
      auth: mockServices.auth(),
      builder,
      logger,
      events,
      concurrency: 2,
    });

    const first = await prebuilder.run();

    expect(first.updated).toEqual(['component:default/good']);
    expect(first.unchanged).toEqual([]);
    expect(first.failed.map(f => f.entityRef).sort()).toEqual([
      'component:default/broken',
      'component:default/missing',
      'component:default/mkdocs-fails',
    ]);
    const broken = first.failed.find(
      f => f.entityRef === 'component:default/broken',
    )!;
    // The YAML parser's reason and position, with the offending lines of
    // mkdocs.yml.
    expect(broken.error).toContain('bad indentation of a sequence entry (4:4)');
    expect(broken.error).toContain('site_name: Broken docs');
    expect(
      first.failed.find(f => f.entityRef === 'component:default/missing')!
        .error,
    ).toContain('no-such-folder');
    expect(published('good')).toContain('zebrafinch');
    // Published where TechDocs serves it, with the source's etag.
    expect(
      JSON.parse(published('good', 'techdocs_metadata.json')).etag,
    ).toMatch(/^[0-9a-f]{40}$/);
    expect(events.publish).toHaveBeenCalledTimes(1);
    expect(events.publish).toHaveBeenCalledWith({
      topic: 'techdocs.docs-built',
      eventPayload: { entityRefs: ['component:default/good'] },
    });
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining(
        'Could not build docs of component:default/broken: bad indentation',
      ),
      undefined,
    );
    // When mkdocs fails, its own error lines are logged with the failure.
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining(
        'Could not build docs of component:default/mkdocs-fails: Failed to generate docs',
      ),
      { buildLog: expect.stringContaining('no_such_extension') },
    );

    // Unchanged source: nothing is read beyond the etag, built or published
    // (failed docs are tried again).
    events.publish.mockClear();
    reader.copied.length = 0;
    const second = await prebuilder.run();
    expect(second.updated).toEqual([]);
    expect(second.unchanged).toEqual(['component:default/good']);
    expect(reader.copied.sort()).toEqual([
      `${FIXTURES_BASE_URL}/broken-docs/`,
      `${FIXTURES_BASE_URL}/mkdocs-fails/`,
    ]);
    expect(events.publish).not.toHaveBeenCalled();

    // A change right after: rebuilt at once (no once-a-minute wait).
    fs.appendFileSync(
      path.join(repo, 'good-docs/docs/index.md'),
      '\nNow with kookaburra.\n',
    );
    const third = await prebuilder.run();
    expect(third.updated).toEqual(['component:default/good']);
    expect(published('good')).toContain('kookaburra');
    expect(events.publish).toHaveBeenCalledWith({
      topic: 'techdocs.docs-built',
      eventPayload: { entityRefs: ['component:default/good'] },
    });

    // Fixed docs are built by the next run.
    fs.copyFileSync(
      path.join(repo, 'good-docs/mkdocs.yml'),
      path.join(repo, 'broken-docs/mkdocs.yml'),
    );
    const fourth = await prebuilder.run();
    expect(fourth.updated).toEqual(['component:default/broken']);
    expect(published('broken')).toContain('Broken docs');
    expect(fourth.unchanged).toEqual(['component:default/good']);

    // Copies of sources and generated sites do not pile up.
    expect(fs.readdirSync(workDir)).toEqual([]);
  }, 120_000);

  it('builds only never-built docs on missing-only runs, leaving recent failures alone for a while', async () => {
    const options = {
      catalog: catalogServiceMock({ entities }),
      auth: mockServices.auth(),
      builder,
      logger: mockServices.logger.mock(),
      concurrency: 2,
    };
    const prebuilder = new TechDocsPrebuilder(options);
    const withoutBackoff = new TechDocsPrebuilder({
      ...options,
      failureBackoffMs: 0,
    });

    const first = await prebuilder.run({ onlyMissing: true });
    expect(first.updated).toEqual(['component:default/good']);
    expect(first.failed).toHaveLength(3);

    // Built docs are skipped even when their source changed (full runs and
    // pushes rebuild those), and so are recent failures.
    fs.appendFileSync(
      path.join(repo, 'good-docs/docs/index.md'),
      '\nNow with kookaburra.\n',
    );
    reader.copied.length = 0;
    const second = await prebuilder.run({ onlyMissing: true });
    expect(second.skipped.sort()).toEqual([
      'component:default/broken',
      'component:default/good',
      'component:default/missing',
      'component:default/mkdocs-fails',
    ]);
    expect(second.updated).toEqual([]);
    expect(reader.copied).toEqual([]);

    // Without the back-off, the ones that never built are tried again.
    const retry = await withoutBackoff.run({ onlyMissing: true });
    expect(retry.skipped).toEqual(['component:default/good']);
    expect(retry.failed.map(f => f.entityRef).sort()).toEqual([
      'component:default/broken',
      'component:default/missing',
      'component:default/mkdocs-fails',
    ]);
  }, 120_000);

  it('runs one run at a time', async () => {
    let active = 0;
    let maxActive = 0;
    const fakeBuilder = {
      isBuilt: async () => false,
      build: jest.fn(async () => {
        active++;
        maxActive = Math.max(maxActive, active);
        await new Promise(resolve => setTimeout(resolve, 20));
        active--;
        return { status: 'unchanged' as const };
      }),
    };
    const prebuilder = new TechDocsPrebuilder({
      catalog: catalogServiceMock({ entities }),
      auth: mockServices.auth(),
      builder: fakeBuilder,
      logger: mockServices.logger.mock(),
      concurrency: 1,
    });

    const results = await Promise.all([
      prebuilder.run(),
      prebuilder.run({ onlyMissing: true }),
      prebuilder.run(),
    ]);

    expect(fakeBuilder.build).toHaveBeenCalledTimes(12);
    expect(maxActive).toBe(1);
    expect(results.map(r => r.unchanged.length)).toEqual([4, 4, 4]);
  });
});
