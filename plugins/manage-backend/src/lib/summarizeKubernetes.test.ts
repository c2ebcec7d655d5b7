import { ObjectsByEntityResponse } from '@backstage/plugin-kubernetes-common';
import { summarizeKubernetes } from './summarizeKubernetes';

const deployment = (name: string, replicas: number, ready: number) => ({
  metadata: { name, namespace: 'ns' },
  spec: { replicas },
  status: { readyReplicas: ready },
});

describe('summarizeKubernetes', () => {
  it('sums replicas over clusters and lists a failing cluster as a problem', () => {
    const response = {
      items: [
        {
          cluster: { name: 'eu' },
          podMetrics: [],
          errors: [],
          resources: [
            { type: 'deployments', resources: [deployment('api', 3, 3)] },
            { type: 'statefulsets', resources: [deployment('db', 1, 0)] },
          ],
        },
        {
          cluster: { name: 'us' },
          podMetrics: [],
          errors: [{ errorType: 'FETCH_ERROR', message: 'ECONNREFUSED' }],
          resources: [],
        },
      ],
    } as unknown as ObjectsByEntityResponse;
    expect(summarizeKubernetes(response)).toEqual({
      configured: true,
      ready: 3,
      desired: 4,
      workloads: 2,
      errors: [
        {
          cluster: 'us',
          kind: 'Cluster',
          name: 'us',
          reason: 'unreachable',
          message: 'ECONNREFUSED',
        },
      ],
    });
  });

  it('is an error when no cluster gave data', () => {
    const response = {
      items: [
        {
          cluster: { name: 'eu', title: 'Europe' },
          podMetrics: [],
          resources: [],
          errors: [
            {
              errorType: 'UNKNOWN_ERROR',
              statusCode: 429,
              resourcePath: '/api/v1/pods',
            },
            {
              errorType: 'UNKNOWN_ERROR',
              statusCode: 429,
              resourcePath: '/api/v1/services',
            },
          ],
        },
      ],
    } as unknown as ObjectsByEntityResponse;
    expect(summarizeKubernetes(response)).toEqual({
      error: {
        reason: 'rate-limited',
        host: 'eu',
        message:
          'Cluster Europe: HTTP 429 for /api/v1/pods (and 1 more resource types)',
      },
    });
  });

  it('finds no workloads in an empty answer', () => {
    expect(summarizeKubernetes({ items: [] })).toEqual({
      configured: true,
      ready: 0,
      desired: 0,
      workloads: 0,
      errors: [],
    });
  });
});
