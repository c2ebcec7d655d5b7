/**
 * @jest-environment node
 */
import { Entity } from '@backstage/catalog-model';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
/* eslint-disable @backstage/no-mixed-plugin-imports */
// The real upstream Kubernetes backend and the Kubernetes API double (as
// their own HTTP servers) check this plugin's reading of the wire format;
// nothing of them is wired into the plugin.
import kubernetesBackendPlugin from '@backstage/plugin-kubernetes-backend';
import {
  DemoDoublesServer,
  startDemoDoublesServer,
} from '@internal/plugin-demo-doubles-backend';
import {
  demoComponent,
  useKubernetesBackendInJest,
} from '@internal/plugin-demo-doubles-backend/testUtils';
/* eslint-enable @backstage/no-mixed-plugin-imports */
import { ObjectsByEntityResponse } from '@backstage/plugin-kubernetes-common';
import { AddressInfo, createServer } from 'node:net';
import request from 'supertest';
import { describeAnswer } from './describe';
import { diagnose } from './diagnose';
import { kubernetesQueryOf } from './kubernetesQuery';

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise(resolve => server.close(resolve));
  return port;
}

function cluster(name: string, url: string) {
  return {
    name,
    url,
    authProvider: 'serviceAccount',
    serviceAccountToken: 'demo-token',
    skipTLSVerify: true,
    skipMetricsLookup: true,
  };
}

describe('diagnose, on the answers of the real Kubernetes backend and the Kubernetes API double', () => {
  let healthy: DemoDoublesServer;
  let locked: DemoDoublesServer;
  let gone: DemoDoublesServer;
  let server: Parameters<typeof request>[0];

  const ledger = demoComponent('ledger-service', 'payments-team');
  const unlabelled = demoComponent('billing-service', 'payments-team');

  beforeAll(async () => {
    useKubernetesBackendInJest();
    healthy = await startDemoDoublesServer();
    locked = await startDemoDoublesServer({
      faults: { kubernetes: 'forbidden' },
    });
    gone = await startDemoDoublesServer({ faults: { kubernetes: 'down' } });
    const refusing = await closedPort();

    ({ server } = await startTestBackend({
      features: [
        kubernetesBackendPlugin,
        catalogServiceMock.factory({ entities: [ledger, unlabelled] }),
        mockServices.rootConfig.factory({
          data: {
            kubernetes: {
              serviceLocatorMethod: { type: 'multiTenant' },
              clusterLocatorMethods: [
                {
                  type: 'config',
                  clusters: [
                    cluster('healthy', `${healthy.url}/kubernetes`),
                    cluster('locked', `${locked.url}/kubernetes`),
                    cluster('gone', `${gone.url}/kubernetes`),
                    cluster('refusing', `http://127.0.0.1:${refusing}`),
                  ],
                },
              ],
            },
          },
        }),
      ],
    }));
  });

  afterAll(async () => {
    await Promise.all([healthy.close(), locked.close(), gone.close()]);
  });

  /** What the Kubernetes tab does: list the clusters, ask for the entity's objects. */
  async function diagnoseFor(entity: Entity) {
    const clusters = await request(server)
      .get('/api/kubernetes/clusters')
      .set('authorization', mockCredentials.user.header());
    expect(clusters.status).toBe(200);
    const objects = await request(server)
      .post(`/api/kubernetes/services/${entity.metadata.name}`)
      .set('authorization', mockCredentials.user.header())
      .send({ entity, auth: {} });
    expect(objects.status).toBe(200);
    const query = kubernetesQueryOf(entity)!;
    const diagnosis = diagnose(
      query,
      clusters.body.items,
      objects.body as ObjectsByEntityResponse,
    );
    return Object.fromEntries(
      diagnosis.clusters.map(c => [
        c.name,
        { ...c, answer: describeAnswer(c, query) },
      ]),
    );
  }

  it('tells found objects, 403s and unreachable clusters apart, per cluster', async () => {
    const byCluster = await diagnoseFor(ledger);

    expect(byCluster.healthy).toMatchObject({
      outcome: 'found',
      problems: [],
    });
    expect(byCluster.healthy.objects).toBeGreaterThan(0);

    expect(byCluster.locked).toMatchObject({
      outcome: 'failed',
      answer: { label: 'Forbidden (403)' },
      problems: [{ cause: 'forbidden', statusCode: 403 }],
    });
    // Paths as the backend reports them, below the cluster URL's own path.
    expect(byCluster.locked.problems[0].resourcePaths).toContain(
      '/kubernetes/api/v1/pods',
    );

    // The double resets the connection; nothing listens on the other port.
    expect(byCluster.gone).toMatchObject({
      outcome: 'failed',
      answer: { label: 'Unreachable' },
      problems: [{ cause: 'unreachable' }],
    });
    expect(byCluster.refusing).toMatchObject({
      outcome: 'failed',
      answer: { label: 'Unreachable' },
    });
    expect(byCluster.refusing.problems[0].message).toMatch(/ECONNREFUSED/);
  });

  it('says nothing matched on a cluster that answered without objects', async () => {
    const byCluster = await diagnoseFor(unlabelled);
    expect(byCluster.healthy).toMatchObject({
      outcome: 'no-match',
      answer: {
        label: 'Nothing matched',
        detail:
          'healthy answered, and no object in any namespace has labels matching backstage.io/kubernetes-id=billing-service.',
      },
    });
    expect(byCluster.locked.answer.label).toBe('Forbidden (403)');
  });
});
