import {
  ClusterObjects,
  KubernetesFetchError,
  ObjectsByEntityResponse,
} from '@backstage/plugin-kubernetes-common';
import {
  KubernetesProblem,
  ManageKubernetesCell,
  ManageSourceError,
} from '@internal/plugin-manage-common';

/** Container waiting reasons that mean the container will not run without help. */
const BAD_WAITING_REASONS = new Set([
  'CrashLoopBackOff',
  'ImagePullBackOff',
  'ErrImagePull',
  'InvalidImageName',
  'CreateContainerConfigError',
  'CreateContainerError',
  'RunContainerError',
]);

/** Termination reasons worth showing even when the container runs again. */
const BAD_TERMINATION_REASONS = new Set(['OOMKilled']);

function fetchErrorReason(error: KubernetesFetchError): string {
  if (error.errorType === 'FETCH_ERROR') return 'unreachable';
  switch (error.statusCode) {
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not-found';
    case 429:
      return 'rate-limited';
    default:
      return 'bad-response';
  }
}

function describeFetchError(error: KubernetesFetchError): string {
  if (error.errorType === 'FETCH_ERROR') return error.message;
  return `HTTP ${error.statusCode} for ${error.resourcePath ?? 'a resource'}`;
}

function clusterName(item: ClusterObjects): string {
  return item.cluster.title ?? item.cluster.name;
}

function podProblems(item: ClusterObjects): KubernetesProblem[] {
  const problems: KubernetesProblem[] = [];
  for (const fetched of item.resources) {
    if (fetched.type !== 'pods') continue;
    for (const pod of fetched.resources) {
      for (const status of pod.status?.containerStatuses ?? []) {
        const waiting = status.state?.waiting;
        const terminated = status.lastState?.terminated;
        const base = {
          cluster: clusterName(item),
          kind: 'Pod' as const,
          name: pod.metadata?.name ?? '?',
          namespace: pod.metadata?.namespace,
          restartCount: status.restartCount,
        };
        if (waiting?.reason && BAD_WAITING_REASONS.has(waiting.reason)) {
          problems.push({
            ...base,
            reason: waiting.reason,
            message: [
              waiting.message,
              terminated?.reason &&
                `last exit: ${terminated.reason} (code ${terminated.exitCode})`,
            ]
              .filter(Boolean)
              .join('; '),
          });
        } else if (
          terminated?.reason &&
          BAD_TERMINATION_REASONS.has(terminated.reason)
        ) {
          problems.push({
            ...base,
            reason: terminated.reason,
            message: `Container ${status.name} was ${terminated.reason} (exit code ${terminated.exitCode}) at ${terminated.finishedAt}`,
          });
        }
      }
    }
  }
  return problems;
}

/**
 * The Kubernetes cell of a row from the Kubernetes backend's answer: replicas
 * of deployments and stateful sets summed over clusters, pod and rollout
 * problems, and clusters that failed. When no cluster gave any data and some
 * failed, the whole cell is an error.
 */
export function summarizeKubernetes(
  response: ObjectsByEntityResponse,
): ManageKubernetesCell {
  let ready = 0;
  let desired = 0;
  let workloads = 0;
  const errors: KubernetesProblem[] = [];
  const failedClusters: {
    item: ClusterObjects;
    error: KubernetesFetchError;
  }[] = [];

  for (const item of response.items) {
    const gotData = item.resources.length > 0;
    if (item.errors.length > 0 && !gotData) {
      failedClusters.push({ item, error: item.errors[0] });
      continue;
    }
    for (const error of item.errors) {
      errors.push({
        cluster: clusterName(item),
        kind: 'Cluster',
        name: item.cluster.name,
        reason: fetchErrorReason(error),
        message: describeFetchError(error),
      });
    }
    for (const fetched of item.resources) {
      if (fetched.type === 'deployments' || fetched.type === 'statefulsets') {
        for (const workload of fetched.resources) {
          workloads += 1;
          desired += workload.spec?.replicas ?? 1;
          ready += workload.status?.readyReplicas ?? 0;
          const stuck = workload.status?.conditions?.find(
            c =>
              c.type === 'Progressing' &&
              c.reason === 'ProgressDeadlineExceeded',
          );
          if (stuck) {
            errors.push({
              cluster: clusterName(item),
              kind:
                fetched.type === 'deployments' ? 'Deployment' : 'StatefulSet',
              name: workload.metadata?.name ?? '?',
              namespace: workload.metadata?.namespace,
              reason: 'ProgressDeadlineExceeded',
              message: stuck.message,
            });
          }
        }
      }
    }
    errors.push(...podProblems(item));
  }

  if (
    failedClusters.length > 0 &&
    failedClusters.length === response.items.length
  ) {
    const [{ item, error }] = failedClusters;
    const details: ManageSourceError = {
      reason: fetchErrorReason(error),
      message: `Cluster ${clusterName(item)}: ${describeFetchError(error)}${
        item.errors.length > 1
          ? ` (and ${item.errors.length - 1} more resource types)`
          : ''
      }`,
      host: item.cluster.name,
    };
    return { error: details };
  }
  for (const { item, error } of failedClusters) {
    errors.push({
      cluster: clusterName(item),
      kind: 'Cluster',
      name: item.cluster.name,
      reason: fetchErrorReason(error),
      message: describeFetchError(error),
    });
  }
  return { configured: true, ready, desired, workloads, errors };
}
