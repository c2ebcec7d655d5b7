import {
  ClusterDiagnosis,
  ClusterProblem,
  ClusterProblemCause,
} from './diagnose';
import { KubernetesQuery } from './kubernetesQuery';

/** How a cluster's answer is shown: a short label, what happened, what to do. */
export interface AnswerText {
  label: string;
  detail: string;
  hint?: string;
  severity: 'ok' | 'info' | 'warning' | 'error';
}

const CAUSE_LABELS: Record<ClusterProblemCause, string> = {
  forbidden: 'Forbidden (403)',
  unauthorized: 'Unauthorized (401)',
  unreachable: 'Unreachable',
  timeout: 'Timeout',
  tls: 'TLS error',
  'not-found': 'Not found (404)',
  'http-error': 'HTTP error',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "in namespace payments" / "in any namespace" */
export function describeScope(query: KubernetesQuery): string {
  return query.namespace
    ? `in namespace ${query.namespace}`
    : 'in any namespace';
}

function resourceTypes(problem: ClusterProblem): string {
  const paths = problem.resourcePaths;
  if (paths.length === 0) return 'its resources';
  const example = paths.slice(0, 2).join(', ');
  return `${plural(paths.length, 'resource type')} (${example}${
    paths.length > 2 ? ', …' : ''
  })`;
}

/** One problem of a cluster in words. */
export function describeProblem(
  cluster: Pick<ClusterDiagnosis, 'title'>,
  problem: ClusterProblem,
): AnswerText {
  const label =
    problem.cause === 'http-error'
      ? `HTTP ${problem.statusCode ?? 'error'}`
      : CAUSE_LABELS[problem.cause];
  const name = cluster.title;
  switch (problem.cause) {
    case 'forbidden':
      return {
        label,
        severity: 'error',
        detail: `${name} refused to list ${resourceTypes(
          problem,
        )} for the portal's credentials.`,
        hint: `Give the portal's service account on ${name} get/list/watch on these resources (RBAC ClusterRole and binding).`,
      };
    case 'unauthorized':
      return {
        label,
        severity: 'error',
        detail: `${name} did not accept the portal's credentials when listing ${resourceTypes(
          problem,
        )}.`,
        hint: `Check the token or auth provider of ${name} in kubernetes.clusterLocatorMethods; a service account token may have expired or been rotated.`,
      };
    case 'unreachable':
      return {
        label,
        severity: 'error',
        detail: `The portal could not connect to ${name}: ${problem.message}`,
        hint: `Check the url of ${name} in kubernetes.clusterLocatorMethods and that the portal's backend can reach it.`,
      };
    case 'timeout':
      return {
        label,
        severity: 'error',
        detail: `${name} did not answer in time: ${problem.message}`,
        hint: `The API server of ${name} is overloaded, or a firewall drops the portal's connections.`,
      };
    case 'tls':
      return {
        label,
        severity: 'error',
        detail: `The portal could not verify ${name}'s TLS certificate: ${problem.message}`,
        hint: `Set caData or caFile for ${name} in kubernetes.clusterLocatorMethods.`,
      };
    case 'not-found':
      return {
        label,
        severity: 'warning',
        detail: `${name} does not serve ${resourceTypes(problem)}.`,
        hint: `The API server of ${name} may be older or newer than these API versions.`,
      };
    default:
      return {
        label,
        severity: 'error',
        detail: `${name} answered HTTP ${
          problem.statusCode ?? '(no status)'
        } for ${resourceTypes(problem)}.`,
      };
  }
}

/**
 * The answer of one cluster in words; for `failed` clusters this is their
 * first problem, and `describeProblem` gives the others.
 */
export function describeAnswer(
  cluster: ClusterDiagnosis,
  query: KubernetesQuery,
): AnswerText {
  switch (cluster.outcome) {
    case 'found':
      return {
        label: `Found ${plural(cluster.objects, 'object')}`,
        severity: cluster.problems.length > 0 ? 'warning' : 'ok',
        detail: `${plural(cluster.objects, 'object')} with labels ${
          query.labelSelector
        } ${describeScope(query)}.`,
      };
    case 'no-match':
      return {
        label: 'Nothing matched',
        severity: 'info',
        detail: `${cluster.title} answered, and no object ${describeScope(
          query,
        )} has labels matching ${query.labelSelector}.`,
        hint: `Check the labels of the workloads (kubectl get all ${
          query.namespace ? `-n ${query.namespace}` : '-A'
        } -l '${query.labelSelector}') or change the annotation ${
          query.source
        }.`,
      };
    default:
      return describeProblem(cluster, cluster.problems[0]);
  }
}
