import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { EventParams, eventsServiceRef } from '@backstage/plugin-events-node';
import techdocsPlugin from '@backstage/plugin-techdocs-backend';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { FolderUrlReader } from './__testUtils__/FolderUrlReader';
import {
  docsComponent,
  FIXTURES_BASE_URL,
  localTechdocsConfig,
} from './__testUtils__/fixtures';
import { techdocsModulePrebuild } from './module';

const entities = [
  docsComponent('good', 'good-docs'),
  docsComponent('broken', 'broken-docs'),
];

describe('techdocsModulePrebuild', () => {
  let tmp: string;
  let repo: string;
  let reader: FolderUrlReader;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'prebuild-module-'));
    repo = path.join(tmp, 'repo');
    fs.cpSync(path.resolve(__dirname, '__fixtures__'), repo, {
      recursive: true,
    });
    fs.mkdirSync(path.join(tmp, 'work'));
    reader = new FolderUrlReader({
      baseUrl: FIXTURES_BASE_URL,
      root: repo,
      workDir: path.join(tmp, 'work'),
    });
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  async function startPortal(techdocs: Record<string, unknown> = {}) {
    const scheduler = mockServices.scheduler();
    const events = mockServices.events();
    const built: EventParams[] = [];
    await events.subscribe({
      id: 'test',
      topics: ['techdocs.docs-built'],
      onEvent: async event => {
        built.push(event);
      },
    });
    const { server } = await startTestBackend({
      features: [
        techdocsPlugin,
        techdocsModulePrebuild,
        catalogServiceMock.factory({ entities }),
        // Tasks run only when the test triggers them.
        createServiceFactory({
          service: coreServices.scheduler,
          deps: {},
          factory: () => scheduler,
        }),
        createServiceFactory({
          service: eventsServiceRef,
          deps: {},
          factory: () => events,
        }),
        createServiceFactory({
          service: coreServices.urlReader,
          deps: {},
          factory: () => reader,
        }),
        mockServices.rootConfig.factory({
          data: {
            backend: { workingDirectory: path.join(tmp, 'work') },
            techdocs: {
              ...localTechdocsConfig(path.join(tmp, 'published')),
              ...techdocs,
            },
          },
        }),
      ],
    });
    return { server, scheduler, events, built };
  }

  it('builds docs that TechDocs serves, and rebuilds them seconds after each push, even pushes close together', async () => {
    const { server, scheduler, events, built } = await startPortal();
    const page = async () => {
      const res = await request(server).get(
        '/api/techdocs/static/docs/default/component/good/index.html',
      );
      return res.status === 200 ? res.text : '';
    };

    await scheduler.triggerTask('techdocs-prebuild-missing');
    expect(await page()).toContain('zebrafinch');
    expect(built).toEqual([
      {
        topic: 'techdocs.docs-built',
        eventPayload: { entityRefs: ['component:default/good'] },
      },
    ]);

    // TechDocs' own check (the Docs tab's sync) finds the published docs
    // up to date, so a visit rebuilds nothing.
    const sync = await request(server).get(
      '/api/techdocs/sync/default/component/good',
    );
    expect(sync.text).toContain('event: finish\ndata: {"updated":false}');

    // Two pushes well within a minute of each other: each change is served
    // seconds later (5 s after the push, plus the build). The limit leaves
    // room for a loaded machine, yet is well under the minute TechDocs' own
    // sync waits between checks of one entity's source.
    for (const word of ['kookaburra', 'cassowary']) {
      fs.appendFileSync(
        path.join(repo, 'good-docs/docs/index.md'),
        `\nNow with ${word}.\n`,
      );
      const pushedAt = Date.now();
      await events.publish({ topic: 'git', eventPayload: {} });
      const expectedEvents = built.length + 1;
      // The files are served as soon as they are published; the event
      // follows the publish, so wait for both.
      for (;;) {
        if ((await page()).includes(word) && built.length >= expectedEvents) {
          break;
        }
        expect(Date.now() - pushedAt).toBeLessThan(40_000);
        await new Promise(resolve => setTimeout(resolve, 250));
      }
    }
    expect(built).toHaveLength(3);
  }, 120_000);

  it('leaves the Docs tab showing why docs do not build', async () => {
    const { server, scheduler } = await startPortal();
    await scheduler.triggerTask('techdocs-prebuild-missing');

    // What the Docs tab shows: TechDocs' sync stream ends with the reason.
    const sync = await request(server).get(
      '/api/techdocs/sync/default/component/broken',
    );
    expect(sync.text).toMatch(
      /event: error\ndata: ".*bad indentation of a sequence entry/,
    );
  }, 60_000);

  it('builds nothing when docs are built elsewhere (techdocs.builder: external)', async () => {
    const { scheduler } = await startPortal({ builder: 'external' });
    expect(await scheduler.getScheduledTasks()).toEqual([]);
  });
});
