import { DemoDoublesServer, startDemoDoublesServer } from './server';

const auth = { authorization: 'Bearer demo-token' };

describe('startDemoDoublesServer', () => {
  let doubles: DemoDoublesServer;

  beforeEach(async () => {
    doubles = await startDemoDoublesServer();
  });

  afterEach(async () => {
    await doubles.close();
  });

  const get = (path: string, headers: Record<string, string> = auth) =>
    fetch(`${doubles.url}${path}`, { headers });

  describe('Kubernetes', () => {
    it('lists deployments across namespaces as a DeploymentList, filtered by label selector', async () => {
      const res = await get(
        `/kubernetes/apis/apps/v1/deployments?labelSelector=${encodeURIComponent(
          'backstage.io/kubernetes-id=ledger-service',
        )}`,
      );
      expect(res.status).toBe(200);
      expect(res.headers.get('x-demo-data')).toBe('true');
      const body = await res.json();
      expect(body).toMatchObject({
        kind: 'DeploymentList',
        apiVersion: 'apps/v1',
        metadata: { resourceVersion: expect.stringMatching(/^\d+$/) },
      });
      expect(body.items).toHaveLength(1);
      const [deployment] = body.items;
      expect(deployment.metadata).toMatchObject({
        name: 'ledger-service',
        namespace: 'payments',
        uid: expect.any(String),
        resourceVersion: expect.any(String),
        creationTimestamp: expect.stringMatching(/Z$/),
      });
      expect(deployment.spec.replicas).toBe(2);
      expect(deployment.status).toMatchObject({
        readyReplicas: 1,
        unavailableReplicas: 1,
      });
    });

    it('returns every demo deployment without a selector, and none for the library', async () => {
      const all = await (
        await get('/kubernetes/apis/apps/v1/deployments')
      ).json();
      expect(all.items.map((d: any) => d.metadata.name).sort()).toEqual([
        'checkout-web',
        'ledger-service',
        'notification-service',
        'payments-service',
      ]);
      const none = await (
        await get(
          '/kubernetes/api/v1/pods?labelSelector=backstage.io%2Fkubernetes-id%3Ddesign-system',
        )
      ).json();
      expect(none).toMatchObject({
        kind: 'PodList',
        apiVersion: 'v1',
        items: [],
      });
    });

    it('serves the failure states: CrashLoopBackOff, ImagePullBackOff, OOMKilled', async () => {
      const pods = async (id: string) =>
        (
          await (
            await get(
              `/kubernetes/api/v1/pods?labelSelector=backstage.io/kubernetes-id=${id}`,
            )
          ).json()
        ).items as any[];
      const statuses = (items: any[]) =>
        items.flatMap(p => p.status.containerStatuses);

      const ledger = statuses(await pods('ledger-service'));
      const crashing = ledger.find(s => s.state.waiting);
      expect(crashing).toMatchObject({
        ready: false,
        restartCount: 7,
        state: { waiting: { reason: 'CrashLoopBackOff' } },
        lastState: { terminated: { exitCode: 1, reason: 'Error' } },
      });

      const notification = await pods('notification-service');
      expect(notification).toHaveLength(3);
      const pulling = notification.find(p => p.status.phase === 'Pending');
      expect(pulling.status.containerStatuses[0].state.waiting.reason).toBe(
        'ImagePullBackOff',
      );

      const checkout = statuses(await pods('checkout-web'));
      expect(checkout.find(s => s.lastState.terminated)).toMatchObject({
        ready: false,
        restartCount: 3,
        lastState: { terminated: { reason: 'OOMKilled', exitCode: 137 } },
      });
    });

    it('serves namespaced lists, replica sets and services', async () => {
      const rs = await (
        await get('/kubernetes/apis/apps/v1/namespaces/platform/replicasets')
      ).json();
      expect(rs.kind).toBe('ReplicaSetList');
      expect(rs.items).toHaveLength(2);
      expect(rs.items[0].metadata.ownerReferences[0]).toMatchObject({
        kind: 'Deployment',
        name: 'notification-service',
      });
      const services = await (
        await get('/kubernetes/api/v1/namespaces/payments/services')
      ).json();
      expect(services.kind).toBe('ServiceList');
      expect(services.items.map((s: any) => s.metadata.name).sort()).toEqual([
        'ledger-service',
        'payments-service',
      ]);
      const other = await (
        await get('/kubernetes/api/v1/namespaces/elsewhere/pods')
      ).json();
      expect(other.items).toEqual([]);
      const empty = await (
        await get('/kubernetes/apis/batch/v1/cronjobs')
      ).json();
      expect(empty).toMatchObject({ kind: 'CronJobList', items: [] });
    });

    it('answers like an API server to bad requests', async () => {
      const unauthenticated = await get('/kubernetes/api/v1/pods', {});
      expect(unauthenticated.status).toBe(401);
      expect(await unauthenticated.json()).toMatchObject({
        kind: 'Status',
        reason: 'Unauthorized',
        code: 401,
      });
      const unknown = await get('/kubernetes/apis/example.com/v1/widgets');
      expect(unknown.status).toBe(404);
      expect(await unknown.json()).toMatchObject({
        kind: 'Status',
        reason: 'NotFound',
      });
      const badSelector = await get(
        '/kubernetes/api/v1/pods?labelSelector=a%20b',
      );
      expect(badSelector.status).toBe(400);
    });
  });

  describe('GitHub', () => {
    it('serves a repository with its default branch', async () => {
      const res = await get('/github/repos/northwind/design-system', {});
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({
        full_name: 'northwind/design-system',
        default_branch: 'master',
      });
      expect(Number(res.headers.get('x-ratelimit-remaining'))).toBeLessThan(
        5000,
      );
      expect(Number(res.headers.get('x-ratelimit-reset'))).toBeGreaterThan(
        Date.now() / 1000,
      );
    });

    it('lists workflow runs newest first, filtered by branch and paged', async () => {
      const res = await get(
        '/github/repos/northwind/ledger-service/actions/runs?branch=main&per_page=5',
        {},
      );
      const body = await res.json();
      expect(body.total_count).toBe(16);
      expect(body.workflow_runs).toHaveLength(5);
      const [latest] = body.workflow_runs;
      expect(latest).toMatchObject({
        id: expect.any(Number),
        name: 'CI',
        head_branch: 'main',
        head_sha: expect.stringMatching(/^[0-9a-f]{40}$/),
        status: 'completed',
        conclusion: 'failure',
        event: 'push',
        run_number: expect.any(Number),
        display_title: expect.any(String),
        html_url: expect.stringContaining('/actions/runs/'),
        run_started_at: expect.stringMatching(/^\d{4}-.*Z$/),
        updated_at: expect.stringMatching(/Z$/),
      });
      const times = body.workflow_runs.map((r: any) =>
        Date.parse(r.created_at),
      );
      expect([...times].sort((a, b) => b - a)).toEqual(times);
      expect(
        body.workflow_runs.every((r: any) => r.head_branch === 'main'),
      ).toBe(true);

      const running = await (
        await get(
          '/github/repos/northwind/notification-service/actions/runs?branch=main&per_page=1',
          {},
        )
      ).json();
      expect(running.workflow_runs[0]).toMatchObject({
        status: 'in_progress',
        conclusion: null,
      });
    });

    it('answers 404 for an unknown repository', async () => {
      const res = await get('/github/repos/northwind/nope/actions/runs', {});
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ message: 'Not Found' });
    });
  });

  describe('GitLab', () => {
    it('serves projects by URL-encoded path and their pipelines by ref', async () => {
      const project = await (
        await get('/gitlab/api/v4/projects/northwind%2Fcheckout-web', {})
      ).json();
      expect(project).toMatchObject({
        path_with_namespace: 'northwind/checkout-web',
        default_branch: 'main',
      });
      const res = await get(
        `/gitlab/api/v4/projects/${project.id}/pipelines?ref=main&per_page=3`,
        {},
      );
      expect(res.headers.get('x-total')).toBe('16');
      const pipelines = await res.json();
      expect(pipelines).toHaveLength(3);
      expect(pipelines[0]).toMatchObject({
        id: expect.any(Number),
        iid: expect.any(Number),
        project_id: project.id,
        status: 'success',
        ref: 'main',
        sha: expect.stringMatching(/^[0-9a-f]{40}$/),
        web_url: expect.stringContaining('/-/pipelines/'),
        created_at: expect.any(String),
        updated_at: expect.any(String),
      });
      const detail = await (
        await get(
          `/gitlab/api/v4/projects/${project.id}/pipelines/${pipelines[0].id}`,
          {},
        )
      ).json();
      expect(detail.duration).toBeGreaterThan(0);
      expect(detail.started_at).toEqual(expect.any(String));
    });

    it('answers 404 for an unknown project', async () => {
      const res = await get(
        '/gitlab/api/v4/projects/northwind%2Fnope/pipelines',
        {},
      );
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ message: '404 Project Not Found' });
    });
  });

  describe('latency and faults', () => {
    it('injects 403 and 429 in each double’s own format', async () => {
      doubles.control.setFault('github', 'rate-limited');
      doubles.control.setFault('kubernetes', 'forbidden');
      doubles.control.setFault('gitlab', 'rate-limited');

      const gh = await get('/github/repos/northwind/ledger-service', {});
      expect(gh.status).toBe(429);
      expect(gh.headers.get('retry-after')).toBe('60');
      expect(gh.headers.get('x-ratelimit-remaining')).toBe('0');

      const k8s = await get('/kubernetes/api/v1/pods');
      expect(k8s.status).toBe(403);
      expect(await k8s.json()).toMatchObject({
        kind: 'Status',
        reason: 'Forbidden',
      });

      const gl = await get('/gitlab/api/v4/projects/1', {});
      expect(gl.status).toBe(429);
      expect(gl.headers.get('ratelimit-remaining')).toBe('0');

      doubles.control.setFault('github', 'forbidden');
      const forbidden = await get('/github/repos/northwind/ledger-service', {});
      expect(forbidden.status).toBe(403);

      doubles.control.setFault('github', undefined);
      expect(
        (await get('/github/repos/northwind/ledger-service', {})).status,
      ).toBe(200);
    });

    it('drops the connection when a double is down', async () => {
      doubles.control.setFault('github', 'down');
      await expect(
        get('/github/repos/northwind/ledger-service', {}),
      ).rejects.toThrow('fetch failed');
    });

    it('waits the configured latency and counts requests in flight', async () => {
      doubles.control.latencyMs = 150;
      const started = Date.now();
      await Promise.all(
        [1, 2, 3].map(() => get('/github/repos/northwind/ledger-service', {})),
      );
      expect(Date.now() - started).toBeGreaterThanOrEqual(140);
      expect(doubles.control.statsOf('github')).toEqual({
        requests: 3,
        inFlight: 0,
        maxInFlight: 3,
        paths: Array(3).fill('/github/repos/northwind/ledger-service'),
      });
    });
  });
});
