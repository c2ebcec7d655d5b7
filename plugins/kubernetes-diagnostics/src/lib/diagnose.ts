import {
  ClusterAttributes,
  KubernetesFetchError,
  ObjectsByEntityResponse,
} from '@backstage/plugin-kubernetes-common';
import { KubernetesQuery } from './kubernetesQuery';

/** Why a cluster gave no (or not all) objects. */
export type ClusterProblemCause =
  | 'forbidden'
  | 'unauthorized'
  | 'unreachable'
  | 'timeout'
  | 'tls'
  | 'not-found'
  | 'http-error';

/** One cause on one cluster, with the resource types it hit. */
export interface ClusterProblem {
  cause: ClusterProblemCause;
  /** HTTP status of the cluster's answer; absent when there was no answer. */
  statusCode?: number;
  /** The connection error, for answers that never came. */
  message?: string;
  /** API paths that failed this way, e.g. `/api/v1/pods`. */
  resourcePaths: string[];
}

/**
 * What one cluster answered:
 * - `found`: at least one object matched (maybe with problems on some resource types);
 * - `no-match`: every resource type answered and none had a matching object;
 * - `failed`: no object, and some or all resource types failed.
 */
export type ClusterOutcome = 'found' | 'no-match' | 'failed';

export interface ClusterDiagnosis {
  name: string;
  /** `title` of the cluster config, or its name. */
  title: string;
  outcome: ClusterOutcome;
  /** Matching objects, all resource types together. */
  objects: number;
  /** Resource types the cluster listed without error. */
  answeredResourceTypes: number;
  problems: ClusterProblem[];
}

export interface KubernetesDiagnosis {
  query: KubernetesQuery;
  /** Every cluster the backend asked, in the order the portal lists them. */
  clusters: ClusterDiagnosis[];
  /** True when at least one cluster has objects to show. */
  found: boolean;
  /**
   * Set when `backstage.io/kubernetes-cluster` names a cluster the portal
   * does not know; every cluster is then listed as asked.
   */
  unknownCluster?: string;
}

const TIMEOUT = /timed? ?out|timeout|ETIMEDOUT|ESOCKETTIMEDOUT/i;
const TLS =
  /certificate|CERT_|SSL|TLS|DEPTH_ZERO_SELF_SIGNED|UNABLE_TO_VERIFY_LEAF/i;

function causeOf(error: KubernetesFetchError): ClusterProblemCause {
  if (error.errorType === 'FETCH_ERROR') {
    if (TIMEOUT.test(error.message)) return 'timeout';
    if (TLS.test(error.message)) return 'tls';
    return 'unreachable';
  }
  switch (error.statusCode) {
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not-found';
    default:
      return 'http-error';
  }
}

/** Groups a cluster's errors (one per failed resource type) by cause. */
export function groupProblems(
  errors: KubernetesFetchError[],
): ClusterProblem[] {
  const problems = new Map<string, ClusterProblem>();
  for (const error of errors) {
    const cause = causeOf(error);
    const statusCode =
      error.errorType === 'FETCH_ERROR' ? undefined : error.statusCode;
    const message =
      error.errorType === 'FETCH_ERROR' ? error.message : undefined;
    const key = [cause, statusCode, message].join('|');
    let problem = problems.get(key);
    if (!problem) {
      problem = { cause, statusCode, message, resourcePaths: [] };
      problems.set(key, problem);
    }
    if (error.errorType !== 'FETCH_ERROR' && error.resourcePath) {
      problem.resourcePaths.push(error.resourcePath);
    }
  }
  return [...problems.values()];
}

/**
 * Says, cluster by cluster, what the Kubernetes backend's answer for an
 * entity means. The backend leaves out clusters where nothing matched and
 * nothing failed, so every cluster it asked but did not return is `no-match`.
 * With `backstage.io/kubernetes-cluster` set (single-tenant service locator),
 * only that cluster counts as asked.
 */
export function diagnose(
  query: KubernetesQuery,
  knownClusters: Pick<ClusterAttributes, 'name' | 'title'>[],
  response: ObjectsByEntityResponse,
): KubernetesDiagnosis {
  let asked = knownClusters;
  let unknownCluster: string | undefined;
  if (query.cluster) {
    asked = knownClusters.filter(c => c.name === query.cluster);
    if (asked.length === 0) {
      unknownCluster = query.cluster;
      asked = knownClusters;
    }
  }
  // Clusters in the answer but not in the list (e.g. the list changed meanwhile).
  const names = new Set(asked.map(c => c.name));
  const all = [
    ...asked,
    ...response.items.map(i => i.cluster).filter(c => !names.has(c.name)),
  ];

  const clusters = all.map((cluster): ClusterDiagnosis => {
    const item = response.items.find(i => i.cluster.name === cluster.name);
    const title = item?.cluster.title ?? cluster.title ?? cluster.name;
    if (!item) {
      return {
        name: cluster.name,
        title,
        outcome: 'no-match',
        objects: 0,
        answeredResourceTypes: 0,
        problems: [],
      };
    }
    const objects = item.resources.reduce(
      (sum, fetched) => sum + fetched.resources.length,
      0,
    );
    const problems = groupProblems(item.errors);
    let outcome: ClusterOutcome = 'found';
    if (objects === 0) {
      outcome = problems.length > 0 ? 'failed' : 'no-match';
    }
    return {
      name: cluster.name,
      title,
      outcome,
      objects,
      answeredResourceTypes: item.resources.length,
      problems,
    };
  });

  return {
    query,
    clusters,
    found: clusters.some(c => c.outcome === 'found'),
    ...(unknownCluster && { unknownCluster }),
  };
}
