import type { Entity } from '@backstage/catalog-model';
import type {
  ClusterObjects,
  FetchResponse,
  KubernetesFetchError,
} from '@backstage/plugin-kubernetes-common';

export function component(annotations: Record<string, string> = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'ledger-service', namespace: 'default', annotations },
    spec: { type: 'service', lifecycle: 'production', owner: 'payments-team' },
  };
}

export const annotatedComponent = component({
  'backstage.io/kubernetes-id': 'ledger-service',
});

export const SELECTOR = 'backstage.io/kubernetes-id=ledger-service';

/** The clusters `GET /api/kubernetes/clusters` lists. */
export const clusters = [
  { name: 'prod-eu', title: 'Production EU', authProvider: 'serviceAccount' },
  { name: 'prod-us', authProvider: 'serviceAccount' },
];

/** The resource types the backend lists by default, as it reports failures. */
export const RESOURCE_PATHS = [
  '/api/v1/pods',
  '/api/v1/services',
  '/api/v1/configmaps',
  '/api/v1/limitranges',
  '/api/v1/resourcequotas',
  '/apis/apps/v1/deployments',
  '/apis/apps/v1/replicasets',
  '/apis/autoscaling/v2/horizontalpodautoscalers',
  '/apis/batch/v1/jobs',
  '/apis/batch/v1/cronjobs',
  '/apis/networking.k8s.io/v1/ingresses',
  '/apis/apps/v1/statefulsets',
  '/apis/apps/v1/daemonsets',
];

export function statusErrors(
  statusCode: number,
  errorType:
    | 'UNAUTHORIZED_ERROR'
    | 'UNKNOWN_ERROR'
    | 'NOT_FOUND' = 'UNKNOWN_ERROR',
  paths = RESOURCE_PATHS,
): KubernetesFetchError[] {
  return paths.map(resourcePath => ({ errorType, statusCode, resourcePath }));
}

const emptyLists: FetchResponse[] = [
  { type: 'services', resources: [] },
  { type: 'configmaps', resources: [] },
];

const pod = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: {
    name: 'ledger-service-7d9f-abcde',
    namespace: 'payments',
    uid: 'pod-1',
    labels: { 'backstage.io/kubernetes-id': 'ledger-service' },
  },
  spec: { containers: [{ name: 'app', image: 'ledger-service:1.0.0' }] },
  status: {
    phase: 'Running',
    containerStatuses: [
      {
        name: 'app',
        ready: true,
        restartCount: 0,
        image: 'ledger-service:1.0.0',
        imageID: '',
        state: { running: { startedAt: '2026-05-04T09:00:00Z' } },
      },
    ],
  },
};

const deployment = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: {
    name: 'ledger-service',
    namespace: 'payments',
    uid: 'deploy-1',
    labels: { 'backstage.io/kubernetes-id': 'ledger-service' },
  },
  spec: {
    replicas: 1,
    selector: { matchLabels: { app: 'ledger-service' } },
    template: { metadata: { labels: { app: 'ledger-service' } }, spec: {} },
  },
  status: { replicas: 1, readyReplicas: 1, availableReplicas: 1 },
};

/** A cluster with the entity's deployment and its pod. */
export function clusterWithObjects(
  name: string,
  title?: string,
): ClusterObjects {
  return {
    cluster: { name, ...(title && { title }) },
    podMetrics: [],
    errors: [],
    resources: [
      { type: 'pods', resources: [pod] },
      { type: 'deployments', resources: [deployment] },
      ...emptyLists,
    ] as FetchResponse[],
  };
}

export function clusterWithErrors(
  name: string,
  errors: KubernetesFetchError[],
  resources: FetchResponse[] = [],
): ClusterObjects {
  return { cluster: { name }, podMetrics: [], errors, resources };
}

export const connectionRefused: KubernetesFetchError = {
  errorType: 'FETCH_ERROR',
  message:
    'request to https://10.20.0.1:6443/api/v1/pods?labelSelector=backstage.io%2Fkubernetes-id%3Dledger-service failed, reason: connect ECONNREFUSED 10.20.0.1:6443',
};

export const connectTimeout: KubernetesFetchError = {
  errorType: 'FETCH_ERROR',
  message:
    'request to https://10.20.0.2:6443/api/v1/pods?labelSelector=backstage.io%2Fkubernetes-id%3Dledger-service failed, reason: connect ETIMEDOUT 10.20.0.2:6443',
};
