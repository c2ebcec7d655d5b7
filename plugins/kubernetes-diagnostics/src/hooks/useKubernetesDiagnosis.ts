import { Entity } from '@backstage/catalog-model';
import { useApi } from '@backstage/frontend-plugin-api';
import { ObjectsByEntityResponse } from '@backstage/plugin-kubernetes-common';
import {
  KubernetesApi,
  KubernetesAuthProvidersApi,
  kubernetesApiRef,
  kubernetesAuthProvidersApiRef,
} from '@backstage/plugin-kubernetes-react';
import { useMemo } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import useInterval from 'react-use/esm/useInterval';
import { diagnose, KubernetesDiagnosis } from '../lib/diagnose';
import { KubernetesQuery, kubernetesQueryOf } from '../lib/kubernetesQuery';

/** As often as the upstream Kubernetes tab asks again. */
export const REFRESH_INTERVAL_MS = 10_000;
/**
 * How long to wait for the Kubernetes backend. It answers once every cluster
 * has, so one hanging cluster holds back the whole answer.
 */
export const ANSWER_DEADLINE_MS = 30_000;

export type KubernetesView =
  /** Neither Kubernetes annotation: the backend is not asked. */
  | { kind: 'not-configured' }
  /** The portal has no cluster to ask. */
  | { kind: 'no-clusters'; query: KubernetesQuery }
  | {
      kind: 'answered';
      diagnosis: KubernetesDiagnosis;
      response: ObjectsByEntityResponse;
    }
  /** The backend did not answer within the deadline. */
  | {
      kind: 'no-answer';
      query: KubernetesQuery;
      clusters: string[];
      afterMs: number;
    };

/** The `auth` body the backend needs for clusters with user-side auth (as the upstream tab builds it). */
async function authFor(
  entity: Entity,
  clusters: { authProvider: string; oidcTokenProvider?: string }[],
  authProviders: KubernetesAuthProvidersApi,
) {
  const providers = new Set(
    clusters.map(c =>
      c.oidcTokenProvider
        ? `${c.authProvider}.${c.oidcTokenProvider}`
        : c.authProvider,
    ),
  );
  let body: Parameters<KubernetesApi['getObjectsByEntity']>[0] = { entity };
  for (const provider of providers) {
    body = await authProviders.decorateRequestBodyForAuth(provider, body);
  }
  return body.auth ?? {};
}

const NO_ANSWER = Symbol('no answer');

function withDeadline<T>(
  promise: Promise<T>,
  ms: number,
): Promise<T | typeof NO_ANSWER> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<typeof NO_ANSWER>(resolve => {
    timer = setTimeout(() => resolve(NO_ANSWER), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/**
 * Asks the upstream Kubernetes backend for an entity's objects, as the
 * upstream tab does, and says per cluster what the answer means. Asks again
 * every `refreshIntervalMs` once the previous answer is in.
 */
export function useKubernetesDiagnosis(
  entity: Entity,
  options: { refreshIntervalMs?: number; deadlineMs?: number } = {},
) {
  const {
    refreshIntervalMs = REFRESH_INTERVAL_MS,
    deadlineMs = ANSWER_DEADLINE_MS,
  } = options;
  const kubernetesApi = useApi(kubernetesApiRef);
  const authProvidersApi = useApi(kubernetesAuthProvidersApiRef);
  const query = useMemo(() => kubernetesQueryOf(entity), [entity]);

  const state = useAsyncRetry(async (): Promise<KubernetesView> => {
    if (!query) {
      return { kind: 'not-configured' };
    }
    const clusters = await kubernetesApi.getClusters();
    if (clusters.length === 0) {
      return { kind: 'no-clusters', query };
    }
    const auth = await authFor(entity, clusters, authProvidersApi);
    const response = await withDeadline(
      kubernetesApi.getObjectsByEntity({ entity, auth }),
      deadlineMs,
    );
    if (response === NO_ANSWER) {
      const asked = query.cluster
        ? clusters.filter(c => c.name === query.cluster)
        : [];
      return {
        kind: 'no-answer',
        query,
        clusters: (asked.length > 0 ? asked : clusters).map(c => c.name),
        afterMs: deadlineMs,
      };
    }
    return {
      kind: 'answered',
      diagnosis: diagnose(query, clusters, response),
      response,
    };
  }, [entity, query, kubernetesApi, authProvidersApi, deadlineMs]);

  useInterval(state.retry, query && !state.loading ? refreshIntervalMs : null);
  return state;
}
