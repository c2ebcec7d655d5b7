import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
// The doubles run as their own HTTP server here; nothing of that plugin is wired in.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import {
  DemoDoublesServer,
  startDemoDoublesServer,
} from '@internal/plugin-demo-doubles-backend';
import type { CiRunsResponse } from '@internal/plugin-ci-status-common';
import request from 'supertest';
import { ciStatusPlugin } from './plugin';
import {
  DEMO_GITHUB_HOST,
  DEMO_GITLAB_HOST,
  entities,
} from './__fixtures__/entities';

describe('ciStatusPlugin against the CI doubles', () => {
  let doubles: DemoDoublesServer;

  beforeAll(async () => {
    doubles = await startDemoDoublesServer();
  });

  afterAll(async () => {
    await doubles.close();
  });

  beforeEach(() => {
    doubles.control.latencyMs = 0;
    doubles.control.setFault('github', undefined);
    doubles.control.setFault('gitlab', undefined);
    doubles.control.resetStats();
  });

  async function startBackend(ciStatus: Record<string, number> = {}) {
    const { server } = await startTestBackend({
      features: [
        ciStatusPlugin,
        catalogServiceMock.factory({ entities }),
        mockServices.rootConfig.factory({
          data: {
            integrations: {
              github: [
                { host: DEMO_GITHUB_HOST, apiBaseUrl: `${doubles.url}/github` },
              ],
              gitlab: [
                {
                  host: DEMO_GITLAB_HOST,
                  apiBaseUrl: `${doubles.url}/gitlab/api/v4`,
                  baseUrl: `${doubles.url}/gitlab`,
                },
              ],
            },
            ciStatus: { runsLimit: 5, requestTimeoutMs: 1000, ...ciStatus },
          },
        }),
      ],
    });
    const runs = async (entityRef: string): Promise<CiRunsResponse> => {
      const res = await request(server)
        .get('/api/ci-status/runs')
        .query({ entityRef });
      expect(res.status).toBe(200);
      return res.body;
    };
    return { server, runs };
  }

  it('maps GitHub Actions runs of the default branch', async () => {
    const { runs } = await startBackend();
    const body = await runs('component:default/ledger-service');
    expect(body).toMatchObject({
      entityRef: 'component:default/ledger-service',
      provider: 'github',
      host: DEMO_GITHUB_HOST,
      project: 'northwind/ledger-service',
      branch: 'main',
    });
    expect(body.error).toBeUndefined();
    expect(body.runs).toHaveLength(5);
    expect(body.runs[0]).toEqual({
      id: expect.stringMatching(/^\d+$/),
      name: 'CI',
      status: 'completed',
      conclusion: 'failure',
      branch: 'main',
      commit: expect.stringMatching(/^[0-9a-f]{40}$/),
      startedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      durationSeconds: expect.any(Number),
      url: expect.stringMatching(/\/actions\/runs\/\d+$/),
    });
    expect(body.runs.every(r => r.branch === 'main')).toBe(true);

    const running = await runs('component:default/notification-service');
    expect(running.runs[0]).toMatchObject({
      status: 'in_progress',
      conclusion: null,
      durationSeconds: null,
    });
  });

  it('follows the repository’s default branch', async () => {
    const { runs } = await startBackend();
    const body = await runs('design-system');
    expect(body.branch).toBe('master');
    expect(body.runs.length).toBeGreaterThan(0);
    expect(body.runs.every(r => r.branch === 'master')).toBe(true);
  });

  it('maps GitLab pipelines', async () => {
    const { runs } = await startBackend();
    const body = await runs('component:default/checkout-web-on-gitlab');
    expect(body).toMatchObject({
      provider: 'gitlab',
      host: DEMO_GITLAB_HOST,
      project: 'northwind/checkout-web',
      branch: 'main',
    });
    expect(body.runs).toHaveLength(5);
    expect(body.runs[0]).toMatchObject({
      status: 'completed',
      conclusion: 'success',
      branch: 'main',
      url: expect.stringContaining('/-/pipelines/'),
      durationSeconds: expect.any(Number),
    });
  });

  it('answers a repeated request from its cache', async () => {
    const { runs } = await startBackend();
    const first = await runs('component:default/payments-service');
    const afterFirst = doubles.control.statsOf('github').requests;
    expect(afterFirst).toBe(2); // repository, then its runs
    const second = await runs('component:default/payments-service');
    expect(second).toEqual(first);
    expect(doubles.control.statsOf('github').requests).toBe(afterFirst);
  });

  it('keeps at most maxConcurrentRequestsPerHost calls in flight per host', async () => {
    const { runs } = await startBackend({ maxConcurrentRequestsPerHost: 2 });
    doubles.control.latencyMs = 80;
    const names = [
      'payments-service',
      'ledger-service',
      'notification-service',
      'checkout-web',
      'design-system',
    ];
    const bodies = await Promise.all(names.map(n => runs(n)));
    expect(bodies.every(b => b.runs.length > 0 && !b.error)).toBe(true);
    const stats = doubles.control.statsOf('github');
    expect(stats.requests).toBe(10);
    expect(stats.maxInFlight).toBe(2);
  });

  it('reports a rate-limited host and does not call it again before the reset', async () => {
    const { runs } = await startBackend();
    doubles.control.setFault('github', 'rate-limited');
    const limited = await runs('component:default/payments-service');
    expect(limited.runs).toEqual([]);
    expect(limited.error).toEqual({
      reason: 'rate-limited',
      host: DEMO_GITHUB_HOST,
      message: expect.stringContaining('rate limiting'),
      retryAt: expect.any(String),
    });
    const retryAt = Date.parse(limited.error!.retryAt!);
    expect(retryAt).toBeGreaterThan(Date.now() + 50_000);
    expect(doubles.control.statsOf('github').requests).toBe(1);

    // The host recovers, but asked us to wait: no call until retryAt.
    doubles.control.setFault('github', undefined);
    const stillLimited = await runs('component:default/ledger-service');
    expect(stillLimited.error?.reason).toBe('rate-limited');
    expect(doubles.control.statsOf('github').requests).toBe(1);

    // Other hosts are not affected.
    const gitlab = await runs('component:default/checkout-web-on-gitlab');
    expect(gitlab.error).toBeUndefined();
  });

  it('reports a host that is down, too slow, or refuses access', async () => {
    const { runs } = await startBackend({ requestTimeoutMs: 300 });

    doubles.control.setFault('github', 'down');
    const down = await runs('component:default/payments-service');
    expect(down.error).toMatchObject({
      reason: 'unreachable',
      host: DEMO_GITHUB_HOST,
    });

    doubles.control.setFault('github', 'forbidden');
    const forbidden = await runs('component:default/payments-service');
    expect(forbidden.error).toMatchObject({
      reason: 'forbidden',
      host: DEMO_GITHUB_HOST,
    });

    doubles.control.setFault('github', undefined);
    doubles.control.latencyMs = 1000;
    const slow = await runs('component:default/payments-service');
    expect(slow.error).toMatchObject({
      reason: 'timeout',
      message: expect.stringContaining('300 ms'),
    });
  });

  it('reports a host nobody configured, and a project the host does not know', async () => {
    const { runs } = await startBackend();
    const unknownHost = await runs('component:default/on-unknown-host');
    expect(unknownHost.error).toMatchObject({
      reason: 'no-integration',
      host: 'ghe.example.com',
    });
    expect(doubles.control.statsOf('github').requests).toBe(0);

    const missing = await runs('component:default/missing-repo');
    expect(missing.error).toMatchObject({ reason: 'not-found' });
  });

  it('answers an entity without CI annotations with no provider and no error', async () => {
    const { runs } = await startBackend();
    expect(await runs('component:default/no-ci')).toEqual({
      entityRef: 'component:default/no-ci',
      provider: null,
      host: null,
      project: null,
      runs: [],
    });
  });

  it('rejects bad requests', async () => {
    const { server } = await startBackend();
    const missing = await request(server).get('/api/ci-status/runs');
    expect(missing.status).toBe(400);
    expect(missing.body.error.name).toBe('InputError');

    const unknown = await request(server)
      .get('/api/ci-status/runs')
      .query({ entityRef: 'component:default/nope' });
    expect(unknown.status).toBe(404);

    const anonymous = await request(server)
      .get('/api/ci-status/runs')
      .query({ entityRef: 'component:default/no-ci' })
      .set('Authorization', mockCredentials.none.header());
    expect(anonymous.status).toBe(401);
  });

  describe('POST /runs/query', () => {
    it('answers many entities in one request, in order, with null for unknown ones', async () => {
      const { server, runs } = await startBackend();
      const res = await request(server)
        .post('/api/ci-status/runs/query')
        .send({
          entityRefs: [
            'component:default/ledger-service',
            'component:default/nope',
            'design-system',
            'component:default/no-ci',
            'component:default/checkout-web-on-gitlab',
          ],
        });
      expect(res.status).toBe(200);
      const items: Array<CiRunsResponse | null> = res.body.items;
      expect(items.map(i => i && [i.entityRef, i.provider, i.branch])).toEqual([
        ['component:default/ledger-service', 'github', 'main'],
        null,
        ['component:default/design-system', 'github', 'master'],
        ['component:default/no-ci', null, undefined],
        ['component:default/checkout-web-on-gitlab', 'gitlab', 'main'],
      ]);
      // The same answer as one entity at a time (now from the cache).
      const githubCalls = doubles.control.statsOf('github').requests;
      expect(await runs('component:default/ledger-service')).toEqual(items[0]);
      expect(doubles.control.statsOf('github').requests).toBe(githubCalls);
    });

    it('keeps the per-host limit and reports each entity’s CI errors in its own item', async () => {
      const { server } = await startBackend({
        maxConcurrentRequestsPerHost: 2,
      });
      doubles.control.latencyMs = 50;
      const res = await request(server)
        .post('/api/ci-status/runs/query')
        .send({
          entityRefs: [
            'payments-service',
            'ledger-service',
            'notification-service',
            'checkout-web',
            'on-unknown-host',
          ],
        });
      expect(res.status).toBe(200);
      const items: CiRunsResponse[] = res.body.items;
      expect(items.slice(0, 4).every(i => i.runs.length > 0 && !i.error)).toBe(
        true,
      );
      expect(items[4].error).toMatchObject({ reason: 'no-integration' });
      expect(doubles.control.statsOf('github')).toMatchObject({
        requests: 8,
        maxInFlight: 2,
      });
    });

    it('rejects bad bodies and anonymous callers', async () => {
      const { server } = await startBackend();
      const post = (body: unknown) =>
        request(server)
          .post('/api/ci-status/runs/query')
          .send(body as object);

      for (const body of [
        {},
        { entityRefs: 'component:default/no-ci' },
        { entityRefs: [''] },
        { entityRefs: Array.from({ length: 201 }, (_, i) => `svc-${i}`) },
        { entityRefs: ['component:default/no-ci', 'component:default/'] },
      ]) {
        const res = await post(body);
        expect(res.status).toBe(400);
        expect(res.body.error.name).toBe('InputError');
      }
      const tooMany = await post({
        entityRefs: Array.from({ length: 201 }, (_, i) => `svc-${i}`),
      });
      expect(tooMany.body.error.message).toContain('at most 200');

      const anonymous = await post({
        entityRefs: ['component:default/no-ci'],
      }).set('Authorization', mockCredentials.none.header());
      expect(anonymous.status).toBe(401);
      expect(doubles.control.statsOf('github').requests).toBe(0);
    });
  });
});
