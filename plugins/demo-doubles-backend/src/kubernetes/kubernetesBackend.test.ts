import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { ObjectsByEntityResponse } from '@backstage/plugin-kubernetes-common';
import kubernetesPlugin from '@backstage/plugin-kubernetes-backend';
import request from 'supertest';
import { DemoDoublesServer, startDemoDoublesServer } from '../server';
import { demoCatalogEntities } from '../testUtils/demoCatalog';
import { useKubernetesBackendInJest } from '../testUtils/kubernetesBackendInJest';

/**
 * The upstream Kubernetes backend, configured like the embedded app-config
 * (one cluster, service-account token, metrics skipped), reads the demo
 * cluster from the double over real HTTP.
 */
describe('the upstream Kubernetes backend against the Kubernetes double', () => {
  let doubles: DemoDoublesServer;

  beforeAll(async () => {
    useKubernetesBackendInJest();
    doubles = await startDemoDoublesServer();
  });

  afterAll(async () => {
    await doubles.close();
  });

  async function startBackend() {
    return startTestBackend({
      features: [
        kubernetesPlugin,
        catalogServiceMock.factory({ entities: demoCatalogEntities }),
        mockServices.rootConfig.factory({
          data: {
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
  }

  it('returns the demo workloads of an entity from /resources/workloads/query', async () => {
    const { server } = await startBackend();
    const res = await request(server)
      .post('/api/kubernetes/resources/workloads/query')
      .send({ entityRef: 'component:default/ledger-service' });
    expect(res.status).toBe(200);

    const body: ObjectsByEntityResponse = res.body;
    expect(body.items).toHaveLength(1);
    const [cluster] = body.items;
    expect(cluster.cluster.name).toBe('demo-cluster (demo data)');
    expect(cluster.errors).toEqual([]);

    const byType = Object.fromEntries(
      cluster.resources.map(r => [r.type, r.resources as any[]]),
    );
    expect(byType.deployments.map(d => d.metadata.name)).toEqual([
      'ledger-service',
    ]);
    expect(byType.deployments[0].status.readyReplicas).toBe(1);
    expect(byType.replicasets).toHaveLength(1);
    expect(byType.services).toHaveLength(1);
    expect(byType.pods).toHaveLength(2);
    expect(
      byType.pods.flatMap(p =>
        p.status.containerStatuses.map((s: any) => s.state.waiting?.reason),
      ),
    ).toContain('CrashLoopBackOff');
    expect(byType.configmaps).toEqual([]);
  });

  it('returns the same objects from the older /services/:id route', async () => {
    const { server } = await startBackend();
    const entity = demoCatalogEntities.find(
      e => e.metadata.name === 'notification-service',
    )!;
    const res = await request(server)
      .post('/api/kubernetes/services/notification-service')
      .send({ entity });
    expect(res.status).toBe(200);
    const pods = res.body.items[0].resources.find(
      (r: any) => r.type === 'pods',
    );
    expect(pods.resources).toHaveLength(3);
  });

  it('finds nothing for the library, and reports a failing cluster per resource', async () => {
    const { server } = await startBackend();
    const library = await request(server)
      .post('/api/kubernetes/resources/workloads/query')
      .send({ entityRef: 'component:default/design-system' });
    expect(library.body).toEqual({ items: [] });

    doubles.control.setFault('kubernetes', 'forbidden');
    try {
      const forbidden = await request(server)
        .post('/api/kubernetes/resources/workloads/query')
        .send({ entityRef: 'component:default/payments-service' });
      expect(forbidden.status).toBe(200);
      expect(forbidden.body.items[0].errors[0]).toMatchObject({
        errorType: 'UNKNOWN_ERROR',
        statusCode: 403,
      });
    } finally {
      doubles.control.setFault('kubernetes', undefined);
    }
  });
});
