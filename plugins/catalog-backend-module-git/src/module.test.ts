import {
  coreServices,
  createBackendPlugin,
  createServiceFactory,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import eventsPlugin from '@backstage/plugin-events-backend';
import { eventsServiceFactory } from '@backstage/plugin-events-node';
import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { createCapturingLogger } from './__testUtils__/capturingLogger';
import {
  GitHttpServer,
  startGitHttpServer,
} from './__testUtils__/gitHttpServer';
import { createTempDir, TestRepo } from './__testUtils__/testRepos';
import gitFeature, { gitUrlReaderServiceFactory } from './index';
import { GitSourcesResponse } from '@internal/plugin-catalog-git-sources-common';

const TOKEN = 'glpat-e2e-secret-token-1234';
const BROKEN_PASSWORD = 'broken-remote-password';

const component = (
  name: string,
  extra = '',
) => `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: ${name}${extra}
spec:
  type: service
  lifecycle: production
  owner: team-a
`;

/** Polls until check() returns a value (not undefined) or the time is up. */
async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting${lastError ? `: ${lastError}` : ''}`);
    }
    await new Promise(resolve => setTimeout(resolve, 200));
  }
}

jest.setTimeout(60_000);

describe('catalog-backend-module-git end to end', () => {
  const temp = createTempDir();
  const repos = path.join(temp.dir, 'repos');
  const logger = createCapturingLogger();
  let repo: TestRepo;
  let backend: TestBackend;
  let server: GitHttpServer;
  /** The URL reader another plugin (TechDocs, say) gets. */
  let otherPluginReader: UrlReaderService | undefined;
  const readerProbe = createBackendPlugin({
    pluginId: 'probe',
    register(reg) {
      reg.registerInit({
        deps: { urlReader: coreServices.urlReader },
        async init({ urlReader }) {
          otherPluginReader = urlReader;
        },
      });
    },
  });

  const getEntity = async (kind: string, name: string) => {
    const res = await request(backend.server).get(
      `/api/catalog/entities/by-name/${kind}/default/${name}`,
    );
    return res.status === 200 ? (res.body as Entity) : undefined;
  };
  const getSources = async () => {
    const res = await request(backend.server).get('/api/catalog/git/sources');
    expect(res.status).toBe(200);
    return res.body as GitSourcesResponse;
  };
  const source = async (id: string) =>
    (await getSources()).sources.find(s => s.providerId === id)!;
  const push = (body: unknown, topic = 'git') =>
    request(backend.server)
      .post(`/api/events/http/${topic}`)
      .set('content-type', 'application/json')
      .send(JSON.stringify(body));

  beforeAll(async () => {
    repo = TestRepo.create(repos, 'platform', {
      'catalog-info.yaml': `apiVersion: backstage.io/v1alpha1
kind: Location
metadata:
  name: more
spec:
  targets: [./more/extra.yaml]
`,
      'more/extra.yaml': component('extra'),
      'services/a/catalog-info.yaml': component(
        'svc-a',
        '\n  annotations:\n    backstage.io/techdocs-ref: dir:.',
      ),
      'services/a/docs/index.md': '# A\n',
      'services/b/catalog-info.yaml': `${component('svc-b')}---
apiVersion: backstage.io/v1alpha1
kind: API
metadata:
  name: b-api
spec:
  type: openapi
  lifecycle: production
  owner: team-a
  definition: openapi
`,
    });
    TestRepo.create(repos, 'secured', {
      'catalog-info.yaml': component('secured-svc'),
    });
    server = await startGitHttpServer({ projectRoot: repos, token: TOKEN });

    backend = await startTestBackend({
      features: [
        catalogPlugin,
        eventsPlugin,
        readerProbe,
        gitFeature,
        gitUrlReaderServiceFactory,
        eventsServiceFactory,
        createServiceFactory({
          service: coreServices.rootLogger,
          deps: {},
          factory: () => logger,
        }),
        mockServices.rootConfig.factory({
          data: {
            backend: {
              baseUrl: 'http://localhost:7007',
              workingDirectory: path.join(temp.dir, 'work'),
              database: { client: 'better-sqlite3', connection: ':memory:' },
            },
            integrations: {
              gitlab: [
                {
                  host: server.host,
                  apiBaseUrl: `${server.baseUrl}/api/v4`,
                  token: TOKEN,
                },
              ],
            },
            events: {
              useEventBus: 'never',
              http: { topics: ['git', 'github'] },
            },
            catalog: {
              orphanStrategy: 'delete',
              rules: [{ allow: ['Component', 'API', 'Location', 'System'] }],
              providers: {
                git: {
                  platform: { remote: repo.fileRemote },
                  secured: { remote: `${server.baseUrl}/secured` },
                  broken: {
                    remote: `http://ci:${BROKEN_PASSWORD}@127.0.0.1:9/nowhere.git`,
                  },
                },
                gitWebhooks: { githubSecret: 'gh-webhook-secret' },
              },
            },
          },
        }),
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await backend?.stop();
    await server?.close();
    temp.remove();
  });

  it('ingests every catalog file, relative Locations included, and reports sources', async () => {
    await eventually(() => getEntity('component', 'svc-a'));
    await eventually(() => getEntity('api', 'b-api'));
    await eventually(() => getEntity('component', 'extra'));
    await eventually(() => getEntity('component', 'secured-svc'));

    const svcA = (await getEntity('component', 'svc-a'))!;
    const fileUrl = `git+${repo.fileRemote}/-/blob/main/services/a/catalog-info.yaml`;
    expect(svcA.metadata.annotations).toMatchObject({
      'backstage.io/managed-by-location': `url:${fileUrl}`,
      'backstage.io/managed-by-origin-location': `url:git+${repo.fileRemote}/-/blob/main/`,
      'backstage.io/source-location': `url:git+${repo.fileRemote}/-/blob/main/services/a/`,
    });
    // A file:// remote has no web page: no view URL rather than a git+ one.
    expect(
      svcA.metadata.annotations?.['backstage.io/view-url'],
    ).toBeUndefined();
    // TechDocs' `dir:.` resolves next to the file, inside the branch, and
    // other plugins read it through the same reader.
    const docsDir = new URL('.', fileUrl).toString();
    expect(docsDir).toBe(`git+${repo.fileRemote}/-/blob/main/services/a/`);
    const tree = await otherPluginReader!.readTree(docsDir);
    expect((await tree.files()).map(f => f.path).sort()).toEqual([
      'catalog-info.yaml',
      'docs/index.md',
    ]);
    const extra = (await getEntity('component', 'extra'))!;
    expect(
      extra.metadata.annotations?.['backstage.io/managed-by-location'],
    ).toBe(`url:git+${repo.fileRemote}/-/blob/main/more/extra.yaml`);

    const platform = await eventually(async () => {
      const s = await source('platform');
      return s.files.every(f => f.registered) ? s : undefined;
    });
    expect(platform).toMatchObject({
      providerId: 'platform',
      remote: repo.fileRemote,
      branch: 'main',
      lastCommit: repo.head(),
      fileCount: 3,
      paths: ['**/catalog-info.yaml'],
    });
    expect(
      Object.fromEntries(platform.files.map(f => [f.path, f.entityCount])),
    ).toEqual({
      'catalog-info.yaml': 1, // the Location of ./more/extra.yaml
      'services/a/catalog-info.yaml': 1,
      'services/b/catalog-info.yaml': 2,
    });
    expect(platform.files.flatMap(f => f.errors)).toEqual([]);
  });

  it('answers the status route only to authenticated callers', async () => {
    const res = await request(backend.server)
      .get('/api/catalog/git/sources')
      .set('authorization', mockCredentials.none.header());
    expect(res.status).toBe(401);
  });

  it('applies a push within seconds: added and changed files', async () => {
    repo.commit({
      'services/a/catalog-info.yaml': component(
        'svc-a',
        '\n  description: changed by a push\n  annotations:\n    backstage.io/techdocs-ref: dir:.',
      ),
      'services/c/catalog-info.yaml': component('svc-c'),
    });
    const started = Date.now();
    const res = await push({ remote: `${repo.dir}.git` });
    expect(res.status).toBe(202);
    await eventually(async () =>
      (await getEntity('component', 'svc-a'))?.metadata.description ===
      'changed by a push'
        ? true
        : undefined,
    );
    await eventually(() => getEntity('component', 'svc-c'));
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('records YAML errors per file and keeps the entities of the broken file', async () => {
    repo.commit({
      'services/b/catalog-info.yaml': `${component(
        'svc-b',
      )}---\nkind: API\n  metadata: [broken\n`,
    });
    await push({ remote: repo.fileRemote });
    const file = await eventually(async () => {
      const s = await source('platform');
      const b = s.files.find(f => f.path === 'services/b/catalog-info.yaml');
      return b && b.errors.length > 0 && s.lastCommit === repo.head()
        ? b
        : undefined;
    });
    expect(file.errors[0].message).toMatch(/YAML error at .*line \d+/i);
    expect(await getEntity('component', 'svc-b')).toBeDefined();
    expect(await getEntity('api', 'b-api')).toBeDefined();
  });

  it('records an invalid entity on its file', async () => {
    repo.commit({
      'services/d/catalog-info.yaml':
        'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  title: no name\n',
    });
    await push({ remote: repo.fileRemote });
    const file = await eventually(async () => {
      const d = (await source('platform')).files.find(
        f => f.path === 'services/d/catalog-info.yaml',
      );
      return d && d.errors.length > 0 ? d : undefined;
    });
    // The catalog never accepted this new Location: the error is the one it
    // announced while processing it.
    expect(file.registered).toBe(false);
    expect(file.errors).toEqual([
      expect.objectContaining({
        entityRef: expect.stringMatching(/^location:default\/generated-/),
        message: expect.stringMatching(
          /metadata must have required property 'name'/,
        ),
      }),
    ]);

    // Fixed by the next push: the file's entity appears and the error goes.
    repo.commit({
      'services/d/catalog-info.yaml': component('svc-d'),
    });
    await push({ remote: repo.fileRemote });
    await eventually(() => getEntity('component', 'svc-d'));
    const fixed = await eventually(async () => {
      const d = (await source('platform')).files.find(
        f => f.path === 'services/d/catalog-info.yaml',
      );
      return d?.registered ? d : undefined;
    });
    expect(fixed.errors).toEqual([]);
  });

  it('removes the entities of a deleted file', async () => {
    repo.commit({ 'services/c/catalog-info.yaml': null });
    await push({ remote: repo.fileRemote });
    await eventually(async () =>
      (await getEntity('component', 'svc-c')) ? undefined : true,
    );
    expect(await getEntity('component', 'svc-a')).toBeDefined();
  });

  it('keeps entities while the remote is unreachable and recovers', async () => {
    const away = `${repo.dir}-away`;
    fs.renameSync(repo.dir, away);
    try {
      await push({ remote: repo.fileRemote });
      const failed = await eventually(async () => {
        const s = await source('platform');
        return s.lastError ? s : undefined;
      });
      expect(failed.lastError).toContain(
        `Could not fetch from git remote ${repo.fileRemote}`,
      );
      expect(await getEntity('component', 'svc-a')).toBeDefined();
    } finally {
      fs.renameSync(away, repo.dir);
    }
    repo.commit({ 'services/e/catalog-info.yaml': component('svc-e') });
    await push({ remote: repo.fileRemote });
    await eventually(() => getEntity('component', 'svc-e'));
    expect((await source('platform')).lastError).toBeUndefined();
  });

  it('reports a source that never could be fetched, without credentials', async () => {
    const broken = await eventually(async () => {
      const s = await source('broken');
      return s.lastError ? s : undefined;
    });
    expect(broken.remote).toBe('http://***@127.0.0.1:9/nowhere.git');
    expect(broken.lastError).toContain(
      'Could not fetch from git remote http://127.0.0.1:9/nowhere.git',
    );
    expect(broken.files).toEqual([]);
  });

  it('validates webhook deliveries at the HTTP ingress', async () => {
    const notObject = await push(['x']);
    expect(notObject.status).toBe(400);
    expect(notObject.body.error.message).toBe('The body must be a JSON object');

    const noRemote = await push({ repo: 'x' });
    expect(noRemote.status).toBe(400);
    expect(noRemote.body.error.message).toContain('remote');

    const notJson = await request(backend.server)
      .post('/api/events/http/git')
      .set('content-type', 'application/json')
      .send('{"remote": ');
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.message).toContain('must be JSON');

    const unknown = await push({
      remote: 'https://elsewhere.example.com/x.git',
    });
    expect(unknown.status).toBe(202);

    // GitHub deliveries must be signed with the configured secret.
    const githubPush = {
      ref: 'refs/heads/main',
      repository: { clone_url: repo.fileRemote },
    };
    const unsigned = await push(githubPush, 'github');
    expect(unsigned.status).toBe(401);
    const body = JSON.stringify(githubPush);
    const signed = await request(backend.server)
      .post('/api/events/http/github')
      .set('content-type', 'application/json')
      .set('x-github-event', 'push')
      .set(
        'x-hub-signature-256',
        `sha256=${createHmac('sha256', 'gh-webhook-secret')
          .update(body)
          .digest('hex')}`,
      )
      .send(body);
    expect(signed.status).toBe(202);
  });

  it('never logs credentials', async () => {
    // The secured source was fetched with the integration token.
    expect(server.requests.some(r => r.status === 200 && r.authorization)).toBe(
      true,
    );
    const everything = logger.text();
    expect(everything).toContain('git-provider:broken');
    expect(everything).not.toContain(TOKEN);
    expect(everything).not.toContain(BROKEN_PASSWORD);
    expect(everything).not.toContain(
      Buffer.from(`oauth2:${TOKEN}`).toString('base64'),
    );
  });
});
