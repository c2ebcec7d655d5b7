import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import request from 'supertest';
import { demoDoublesPlugin } from './plugin';

describe('demoDoublesPlugin', () => {
  it('serves the doubles under /api/demo without Backstage credentials', async () => {
    const { server } = await startTestBackend({
      features: [demoDoublesPlugin],
    });

    const repo = await request(server)
      .get('/api/demo/github/repos/northwind/payments-service')
      .set('Authorization', mockCredentials.none.header());
    expect(repo.status).toBe(200);
    expect(repo.body.default_branch).toBe('main');
    expect(repo.body.html_url).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/api\/demo\/github\/web\/northwind\/payments-service$/,
    );

    // A cluster token is not a Backstage token; the double accepts it.
    const pods = await request(server)
      .get('/api/demo/kubernetes/api/v1/namespaces/payments/pods')
      .set('Authorization', 'Bearer demo-cluster-token');
    expect(pods.status).toBe(200);
    expect(pods.body.kind).toBe('PodList');

    const pipelines = await request(server).get(
      '/api/demo/gitlab/api/v4/projects/northwind%2Fpayments-service/pipelines?ref=main',
    );
    expect(pipelines.status).toBe(200);
    expect(pipelines.body[0].ref).toBe('main');

    const page = await request(server).get(
      '/api/demo/github/web/northwind/payments-service/actions/runs/1',
    );
    expect(page.text).toContain('Demo data');
  });
});
