import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ObjectsByEntityResponse } from '@backstage/plugin-kubernetes-common';
import { BackendPluginClient } from './BackendPluginClient';

/** `POST /api/kubernetes/resources/workloads/query` of the upstream Kubernetes backend. */
export class KubernetesBackendClient {
  constructor(private readonly client: BackendPluginClient) {}

  workloads(entityRef: string, credentials: BackstageCredentials) {
    return this.client.request<ObjectsByEntityResponse>(
      '/resources/workloads/query',
      credentials,
      // No user auth to forward: clusters use server-side credentials.
      { method: 'POST', body: { entityRef, auth: {} } },
    );
  }
}
