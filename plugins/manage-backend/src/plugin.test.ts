import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import kubernetesPlugin from '@backstage/plugin-kubernetes-backend';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type {
  ManageOverviewResponse,
  ManageRow,
} from '@internal/plugin-manage-common';
/* eslint-disable @backstage/no-mixed-plugin-imports */
// The real ci-status backend and the doubles (as their own HTTP server) take
// part in these tests; nothing of them is wired into this plugin.
import ciStatusPlugin from '@internal/plugin-ci-status-backend';
import {
  DemoDoublesServer,
  startDemoDoublesServer,
} from '@internal/plugin-demo-doubles-backend';
import {
  demoCatalogEntities,
  demoComponent,
  useKubernetesBackendInJest,
} from '@internal/plugin-demo-doubles-backend/testUtils';
/* eslint-enable @backstage/no-mixed-plugin-imports */
import request from 'supertest';
import { managePlugin } from './plugin';

const entities = [
  ...demoCatalogEntities,
  demoComponent('legacy-batch', 'payments-team', {
    title: 'Legacy Batch',
    annotations: {},
  }),
];

describe('managePlugin with the ci-status and Kubernetes backends against the doubles', () => {
  let doubles: DemoDoublesServer;

  beforeAll(async () => {
    useKubernetesBackendInJest();
    doubles = await startDemoDoublesServer();
  });

  afterAll(async () => {
    await doubles.close();
  });

  beforeEach(() => {
    doubles.control.latencyMs = 0;
    for (const name of ['github', 'gitlab', 'kubernetes'] as const) {
      doubles.control.setFault(name, undefined);
    }
    doubles.control.resetStats();
  });

  async function startBackend(manage: Record<string, number> = {}) {
    const { server } = await startTestBackend({
      features: [
        managePlugin,
        ciStatusPlugin,
        kubernetesPlugin,
        catalogServiceMock.factory({ entities }),
        mockServices.rootConfig.factory({
          data: {
            app: { baseUrl: 'http://portal.example' },
            integrations: {
              github: [
                {
                  host: 'demo-github.localhost',
                  apiBaseUrl: `${doubles.url}/github`,
                },
              ],
            },
            ciStatus: { runsLimit: 3, requestTimeoutMs: 2000 },
            manage,
            kubernetes: {
              serviceLocatorMethod: { type: 'multiTenant' },
              clusterLocatorMethods: [
                {
                  type: 'config',
                  clusters: [
                    {
                      name: 'demo-cluster (demo data)',
                      url: `${doubles.url}/kubernetes`,
                      authProvider: 'serviceAccount',
                      serviceAccountToken: 'demo-token',
                      skipTLSVerify: true,
                      skipMetricsLookup: true,
                    },
                  ],
                },
              ],
            },
          },
        }),
      ],
    });
    const overview = async (
      ...owners: string[]
    ): Promise<ManageOverviewResponse> => {
      const res = await request(server)
        .get('/api/manage/overview')
        .query(owners.map(o => `owner=${encodeURIComponent(o)}`).join('&'));
      expect(res.status).toBe(200);
      return res.body;
    };
    return { server, overview };
  }

  const byName = (body: ManageOverviewResponse) =>
    Object.fromEntries(
      body.rows.map(r => [r.entityRef.split('/')[1], r]),
    ) as Record<string, ManageRow>;

  it('lists every component below a department with CI and Kubernetes status', async () => {
    const { overview } = await startBackend();
    const body = await overview('group:default/engineering');

    expect(body.owners.sort()).toEqual([
      'group:default/engineering',
      'group:default/payments-team',
      'group:default/platform-team',
      'group:default/web-team',
    ]);
    expect(body.rows.map(r => r.title)).toEqual([
      'Checkout Web',
      'Design System',
      'Ledger Service',
      'Legacy Batch',
      'Notification Service',
      'Payments Service',
    ]);
    const rows = byName(body);

    expect(rows['payments-service']).toMatchObject({
      entityRef: 'component:default/payments-service',
      lifecycle: 'production',
      type: 'service',
      owners: ['group:default/payments-team'],
      docsUrl: 'http://portal.example/docs/default/component/payments-service',
      ci: {
        status: 'success',
        provider: 'github',
        branch: 'main',
        latestRun: { conclusion: 'success', branch: 'main' },
      },
      kubernetes: {
        configured: true,
        ready: 3,
        desired: 3,
        workloads: 1,
        errors: [],
      },
    });

    expect(rows['ledger-service'].ci).toMatchObject({ status: 'failure' });
    expect(rows['ledger-service'].kubernetes).toMatchObject({
      ready: 1,
      desired: 2,
      errors: [
        {
          kind: 'Pod',
          reason: 'CrashLoopBackOff',
          namespace: 'payments',
          restartCount: 7,
          cluster: 'demo-cluster (demo data)',
        },
      ],
    });

    const notification = rows['notification-service'];
    expect(notification.ci).toMatchObject({ status: 'running' });
    expect(notification.kubernetes).toMatchObject({ ready: 2, desired: 2 });
    expect(
      (notification.kubernetes as { errors: { reason: string }[] }).errors.map(
        e => e.reason,
      ),
    ).toEqual(['ProgressDeadlineExceeded', 'ImagePullBackOff']);

    expect(rows['checkout-web'].kubernetes).toMatchObject({
      ready: 2,
      desired: 3,
      errors: [{ reason: 'OOMKilled', restartCount: 3 }],
    });
    expect(rows['design-system']).toMatchObject({
      lifecycle: 'experimental',
      ci: { status: 'success', branch: 'master' },
      kubernetes: {
        configured: true,
        ready: 0,
        desired: 0,
        workloads: 0,
        errors: [],
      },
    });
  });

  it('shows components without annotations as not configured, without calling anything', async () => {
    const { overview } = await startBackend();
    const body = await overview('group:default/payments-team');
    expect(body.owners).toEqual(['group:default/payments-team']);
    expect(body.rows.map(r => r.title)).toEqual([
      'Ledger Service',
      'Legacy Batch',
      'Payments Service',
    ]);
    const legacy = byName(body)['legacy-batch'];
    expect(legacy).toEqual({
      entityRef: 'component:default/legacy-batch',
      title: 'Legacy Batch',
      lifecycle: 'production',
      type: 'service',
      owners: ['group:default/payments-team'],
      ci: { status: 'not-configured', provider: null },
      kubernetes: { configured: false },
    });
  });

  it('turns only the CI cells into errors when the CI host is down', async () => {
    const { overview } = await startBackend();
    doubles.control.setFault('github', 'down');
    const rows = byName(await overview('payments-team'));
    expect(rows['payments-service'].ci).toEqual({
      error: {
        reason: 'unreachable',
        host: 'demo-github.localhost',
        message: expect.stringContaining('could not be reached'),
      },
    });
    expect(rows['payments-service'].kubernetes).toMatchObject({
      ready: 3,
      desired: 3,
    });
    expect(rows['legacy-batch'].ci).toEqual({
      status: 'not-configured',
      provider: null,
    });
  });

  it('turns only the Kubernetes cells into errors when the cluster is down or forbids access', async () => {
    const { overview } = await startBackend({ cacheTtlSeconds: 0 });
    doubles.control.setFault('kubernetes', 'down');
    const down = byName(await overview('payments-team'));
    expect(down['ledger-service'].kubernetes).toEqual({
      error: {
        reason: 'unreachable',
        host: 'demo-cluster (demo data)',
        message: expect.stringContaining('Cluster demo-cluster (demo data)'),
      },
    });
    expect(down['ledger-service'].ci).toMatchObject({ status: 'failure' });

    doubles.control.setFault('kubernetes', 'forbidden');
    const forbidden = byName(await overview('payments-team'));
    expect(forbidden['ledger-service'].kubernetes).toMatchObject({
      error: {
        reason: 'forbidden',
        message: expect.stringContaining('HTTP 403'),
      },
    });
  });

  it('reports a rate-limited CI host with its reason and retry time', async () => {
    const { overview } = await startBackend();
    doubles.control.setFault('github', 'rate-limited');
    const rows = byName(await overview('web-team'));
    for (const name of ['checkout-web', 'design-system']) {
      expect(rows[name].ci).toEqual({
        error: {
          reason: 'rate-limited',
          host: 'demo-github.localhost',
          message: expect.any(String),
          retryAt: expect.any(String),
        },
      });
      expect(rows[name].kubernetes).toMatchObject({ configured: true });
    }
    // The refusal closed the host: even once it recovers, nothing calls it before retryAt.
    const calls = doubles.control.statsOf('github').requests;
    expect(calls).toBeLessThanOrEqual(2); // the two components' first calls, in parallel
    doubles.control.setFault('github', undefined);
    const again = byName(await overview('web-team'));
    expect(again['checkout-web'].ci).toMatchObject({
      error: { reason: 'rate-limited' },
    });
    expect(doubles.control.statsOf('github').requests).toBe(calls);
  });

  it('reuses cells from its cache and bounds the fan-out', async () => {
    const { overview } = await startBackend({ concurrency: 2 });
    doubles.control.latencyMs = 30;
    await overview('engineering');
    const kubernetesCalls = doubles.control.statsOf('kubernetes');
    // 5 annotated components, 3 resource types each, 2 components at a time.
    expect(kubernetesCalls.requests).toBe(5 * 3);
    expect(kubernetesCalls.maxInFlight).toBeLessThanOrEqual(2 * 3);
    const githubCalls = doubles.control.statsOf('github').requests;

    await overview('engineering');
    expect(doubles.control.statsOf('kubernetes').requests).toBe(5 * 3);
    expect(doubles.control.statsOf('github').requests).toBe(githubCalls);
  });

  it('asks the clusters only for the pods, deployments and stateful sets it reads', async () => {
    const { overview } = await startBackend();
    const rows = byName(await overview('payments-team'));
    expect(rows['ledger-service'].kubernetes).toMatchObject({
      configured: true,
    });
    const resources = doubles.control
      .statsOf('kubernetes')
      .paths.map(p =>
        new URL(p, 'http://x').pathname.replace(/^.*?\/(apis?)\//, '/$1/'),
      );
    expect(resources.length).toBeGreaterThan(0);
    expect(new Set(resources)).toEqual(
      new Set([
        '/api/v1/pods',
        '/apis/apps/v1/deployments',
        '/apis/apps/v1/statefulsets',
      ]),
    );
  });

  it('rejects requests without owners, and callers without credentials', async () => {
    const { server } = await startBackend();
    const none = await request(server).get('/api/manage/overview');
    expect(none.status).toBe(400);
    expect(none.body.error.name).toBe('InputError');

    const bad = await request(server).get('/api/manage/overview?owner=group:');
    expect(bad.status).toBe(400);

    const anonymous = await request(server)
      .get('/api/manage/overview?owner=payments-team')
      .set('Authorization', mockCredentials.none.header());
    expect(anonymous.status).toBe(401);
  });
});
