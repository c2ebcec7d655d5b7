import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  CustomResourceMatcher,
  FetchResponse,
  ObjectsByEntityResponse,
} from '@backstage/plugin-kubernetes-common';
import { BackendPluginClient } from './BackendPluginClient';

/**
 * The resource types the Manage cell reads, by the `kind` of their items and
 * the `type` the workloads query would have given them. Everything else the
 * upstream workloads query lists (services, config maps, replica sets, jobs,
 * ingresses, ... 13 types) is never looked at here.
 */
export const MANAGE_KUBERNETES_RESOURCES: ReadonlyArray<
  CustomResourceMatcher & {
    kind: string;
    type: 'pods' | 'deployments' | 'statefulsets';
  }
> = [
  { group: '', apiVersion: 'v1', plural: 'pods', kind: 'Pod', type: 'pods' },
  {
    group: 'apps',
    apiVersion: 'v1',
    plural: 'deployments',
    kind: 'Deployment',
    type: 'deployments',
  },
  {
    group: 'apps',
    apiVersion: 'v1',
    plural: 'statefulsets',
    kind: 'StatefulSet',
    type: 'statefulsets',
  },
];

const TYPE_BY_KIND = new Map(
  MANAGE_KUBERNETES_RESOURCES.map(r => [r.kind, r.type]),
);

/**
 * The custom-resource query answers every list as `type: 'customresources'`
 * with each item's `kind` set; give the lists the workload types back, so the
 * answer reads like the workloads query's. Empty lists carry no kind and
 * nothing to summarize, so they are dropped.
 */
function asWorkloads(
  response: ObjectsByEntityResponse,
): ObjectsByEntityResponse {
  return {
    items: response.items.map(item => ({
      ...item,
      resources: item.resources.flatMap((fetched): FetchResponse[] => {
        if (fetched.type !== 'customresources') return [fetched];
        const kind = fetched.resources[0]?.kind;
        const type = kind && TYPE_BY_KIND.get(kind);
        return type
          ? [{ type, resources: fetched.resources } as FetchResponse]
          : [];
      }),
    })),
  };
}

/**
 * Reads an entity's pods, deployments and stateful sets through the upstream
 * Kubernetes backend's `POST /api/kubernetes/resources/custom/query`, which
 * asks the configured clusters for exactly these three lists (the workloads
 * query would ask for 13).
 */
export class KubernetesBackendClient {
  constructor(private readonly client: BackendPluginClient) {}

  async workloads(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<ObjectsByEntityResponse> {
    const response = await this.client.request<ObjectsByEntityResponse>(
      '/resources/custom/query',
      credentials,
      {
        method: 'POST',
        body: {
          entityRef,
          // No user auth to forward: clusters use server-side credentials.
          auth: {},
          customResources: MANAGE_KUBERNETES_RESOURCES.map(
            ({ group, apiVersion, plural }) => ({ group, apiVersion, plural }),
          ),
        },
      },
    );
    return asWorkloads(response);
  }
}
