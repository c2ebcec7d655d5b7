import type { Entity } from '@backstage/catalog-model';
import type { CiRunsResponse } from '@internal/plugin-ci-status-common';

export const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'ledger-service',
    namespace: 'default',
    annotations: { 'github.com/project-slug': 'northwind/ledger-service' },
  },
  spec: { type: 'service', lifecycle: 'production', owner: 'payments-team' },
};

const minutesAgo = (m: number) =>
  new Date(Date.now() - m * 60_000).toISOString();

export const runsResponse: CiRunsResponse = {
  entityRef: 'component:default/ledger-service',
  provider: 'github',
  host: 'github.com',
  project: 'northwind/ledger-service',
  branch: 'main',
  runs: [
    {
      id: '2',
      name: 'CI',
      status: 'completed',
      conclusion: 'failure',
      branch: 'main',
      commit: 'abcdef1234567890abcdef1234567890abcdef12',
      startedAt: minutesAgo(30),
      durationSeconds: 312,
      url: 'https://github.com/northwind/ledger-service/actions/runs/2',
    },
    {
      id: '1',
      name: 'Release',
      status: 'completed',
      conclusion: 'success',
      branch: 'main',
      commit: '1234567890abcdef1234567890abcdef12345678',
      startedAt: minutesAgo(300),
      durationSeconds: 45,
      url: 'https://github.com/northwind/ledger-service/actions/runs/1',
    },
  ],
};
