import type {
  CiProvider,
  CiRun,
  CiRunOutcome,
} from '@internal/plugin-ci-status-common';

/**
 * Why one source (CI, Kubernetes) has no data for a row. `reason` is one of
 * the ci-status reasons (`rate-limited`, `forbidden`, `unauthorized`,
 * `not-found`, `unreachable`, `timeout`, `bad-response`, `no-integration`).
 *
 * @public
 */
export interface ManageSourceError {
  reason: string;
  message: string;
  /** The CI host or Kubernetes cluster the error is about, when there is one. */
  host?: string;
  /** ISO 8601: when a rate-limited host may be asked again. */
  retryAt?: string;
}

/** @public */
export type ManageCiStatus = CiRunOutcome | 'no-runs' | 'not-configured';

/**
 * The CI cell of a row: the latest default-branch run, or why there is none.
 *
 * @public
 */
export type ManageCiCell =
  | {
      status: ManageCiStatus;
      provider: CiProvider | null;
      branch?: string;
      latestRun?: CiRun;
    }
  | { error: ManageSourceError };

/**
 * Something wrong with a workload: a pod waiting in CrashLoopBackOff or
 * ImagePullBackOff, a container that was OOMKilled, a rollout past its
 * deadline, or a cluster that did not answer for some resource types.
 *
 * @public
 */
export interface KubernetesProblem {
  cluster: string;
  kind: 'Pod' | 'Deployment' | 'StatefulSet' | 'Cluster';
  name: string;
  namespace?: string;
  /** Kubernetes' own reason, e.g. `CrashLoopBackOff`, `OOMKilled`, `ProgressDeadlineExceeded`. */
  reason: string;
  message?: string;
  restartCount?: number;
}

/**
 * The Kubernetes cell of a row: replicas ready of desired over all clusters,
 * and the problems found; `configured: false` when the entity has no
 * Kubernetes annotation.
 *
 * @public
 */
export type ManageKubernetesCell =
  | { configured: false }
  | {
      configured: true;
      ready: number;
      desired: number;
      /** Deployments and stateful sets found. */
      workloads: number;
      errors: KubernetesProblem[];
    }
  | { error: ManageSourceError };

/** One component in the overview. @public */
export interface ManageRow {
  entityRef: string;
  title: string;
  lifecycle?: string;
  type?: string;
  /** Entity refs of the owners (ownedBy relations). */
  owners: string[];
  /** The component's TechDocs, when it has any. */
  docsUrl?: string;
  ci: ManageCiCell;
  kubernetes: ManageKubernetesCell;
}

/** `GET /api/manage/overview?owner=…` @public */
export interface ManageOverviewResponse {
  /** The owners asked for, with the groups below them. */
  owners: string[];
  rows: ManageRow[];
  generatedAt: string;
}

/** @public */
export function isSourceError<T extends object>(
  cell: T | { error: ManageSourceError },
): cell is { error: ManageSourceError } {
  return 'error' in cell;
}
