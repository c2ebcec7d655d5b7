import type { ManageOverviewResponse } from '@internal/plugin-manage-common';

export const overview: ManageOverviewResponse = {
  owners: ['group:default/payments-team'],
  generatedAt: '2026-01-01T12:00:00.000Z',
  rows: [
    {
      entityRef: 'component:default/ledger-service',
      title: 'Ledger Service',
      lifecycle: 'production',
      type: 'service',
      owners: ['group:default/payments-team'],
      docsUrl: 'http://localhost:7007/docs/default/component/ledger-service',
      ci: {
        status: 'failure',
        provider: 'github',
        branch: 'main',
        latestRun: {
          id: '1',
          name: 'CI',
          status: 'completed',
          conclusion: 'failure',
          branch: 'main',
          commit: 'abcdef1234567890abcdef1234567890abcdef12',
          startedAt: '2026-01-01T11:00:00Z',
          durationSeconds: 300,
          url: 'https://github.com/northwind/ledger-service/actions/runs/1',
        },
      },
      kubernetes: {
        configured: true,
        ready: 1,
        desired: 2,
        workloads: 1,
        errors: [
          {
            cluster: 'demo-cluster (demo data)',
            kind: 'Pod',
            name: 'ledger-service-abc-xyz',
            namespace: 'payments',
            reason: 'CrashLoopBackOff',
            restartCount: 7,
          },
        ],
      },
    },
    {
      entityRef: 'component:default/payments-service',
      title: 'Payments Service',
      lifecycle: 'production',
      type: 'service',
      owners: ['group:default/payments-team'],
      ci: {
        error: {
          reason: 'rate-limited',
          host: 'github.com',
          message: 'GitHub at github.com is rate limiting the portal',
        },
      },
      kubernetes: {
        configured: true,
        ready: 3,
        desired: 3,
        workloads: 1,
        errors: [],
      },
    },
    {
      entityRef: 'component:default/legacy-batch',
      title: 'Legacy Batch',
      lifecycle: 'deprecated',
      type: 'service',
      owners: ['group:default/payments-team'],
      ci: { status: 'not-configured', provider: null },
      kubernetes: {
        error: {
          reason: 'unreachable',
          host: 'demo-cluster (demo data)',
          message: 'Cluster demo-cluster (demo data): connect ECONNREFUSED',
        },
      },
    },
  ],
};
