/** @public */
export type CiProvider = 'github' | 'gitlab';

/** Where a run is, whatever the provider calls it. @public */
export type CiRunStatus = 'queued' | 'in_progress' | 'completed';

/** How a completed run ended; `null` until it completes. @public */
export type CiRunConclusion =
  | 'success'
  | 'failure'
  | 'cancelled'
  | 'skipped'
  | 'timed_out'
  | 'action_required'
  | 'neutral'
  | null;

/** One CI run (GitHub Actions workflow run, GitLab pipeline). @public */
export interface CiRun {
  /** The provider's id of the run, as a string. */
  id: string;
  /** Workflow or pipeline name. */
  name: string;
  status: CiRunStatus;
  conclusion: CiRunConclusion;
  branch: string;
  /** Full commit SHA. */
  commit: string;
  /** ISO 8601; `null` when the provider has not started it. */
  startedAt: string | null;
  /** Wall-clock seconds from start to the last update of a completed run; `null` while it runs. */
  durationSeconds: number | null;
  /** The run's page on the CI host. */
  url: string;
}

/**
 * Why the CI host could not be asked or did not answer.
 *
 * - `rate-limited`: the host asked us to wait (429, or 403 with rate-limit headers);
 *   the backend does not call it again before `retryAt`.
 * - `forbidden` / `unauthorized`: 403 / 401, or no usable credentials.
 * - `not-found`: the project does not exist or is not visible with our credentials.
 * - `unreachable`: connection refused or reset, DNS failure.
 * - `timeout`: no answer in time.
 * - `bad-response`: an answer we cannot read (5xx, not JSON, unexpected shape).
 * - `no-integration`: the entity names a host that `integrations` does not configure.
 *
 * @public
 */
export type CiErrorReason =
  | 'rate-limited'
  | 'forbidden'
  | 'unauthorized'
  | 'not-found'
  | 'unreachable'
  | 'timeout'
  | 'bad-response'
  | 'no-integration';

/** @public */
export interface CiStatusError {
  reason: CiErrorReason;
  message: string;
  /** The CI host the error is about. */
  host: string;
  /** ISO 8601: when a rate-limited host may be asked again. */
  retryAt?: string;
}

/** `GET /api/ci-status/runs?entityRef=…` @public */
export interface CiRunsResponse {
  entityRef: string;
  /** `null` when the entity has no CI annotation. */
  provider: CiProvider | null;
  host: string | null;
  /** `owner/repo` on GitHub, the project path or id on GitLab. */
  project: string | null;
  /** The branch the runs are from, when known. */
  branch?: string;
  /** Newest first, default branch only. */
  runs: CiRun[];
  error?: CiStatusError;
}

/** Most entities one `POST /api/ci-status/runs/query` may name. @public */
export const CI_RUNS_QUERY_MAX_ENTITIES = 200;

/** `POST /api/ci-status/runs/query` body. @public */
export interface CiRunsQueryRequest {
  entityRefs: string[];
}

/**
 * `POST /api/ci-status/runs/query`: one item per requested ref, in the
 * request's order; `null` where the catalog has no such entity (or the caller
 * may not see it).
 *
 * @public
 */
export interface CiRunsQueryResponse {
  items: Array<CiRunsResponse | null>;
}

/**
 * The entity annotations the ci-status plugin reads.
 *
 * @public
 */
export const CI_STATUS_ANNOTATIONS = {
  /** `owner/repo` of a GitHub repository: its GitHub Actions runs. */
  githubProjectSlug: 'github.com/project-slug',
  /** Optional GitHub host (an `integrations.github` entry); default `github.com`. */
  githubHost: 'github.com/host',
  /** `group/project` of a GitLab project: its pipelines. */
  gitlabProjectSlug: 'gitlab.com/project-slug',
  /** Numeric GitLab project id; used instead of the slug when both are set. */
  gitlabProjectId: 'gitlab.com/project-id',
  /** Optional GitLab host (an `integrations.gitlab` entry); default `gitlab.com`. */
  gitlabInstance: 'gitlab.com/instance',
} as const;

/** One word for a run's state, for badges and filters. @public */
export type CiRunOutcome =
  | 'success'
  | 'failure'
  | 'running'
  | 'queued'
  | 'cancelled'
  | 'skipped'
  | 'other';

/** @public */
export function ciRunOutcome(
  run: Pick<CiRun, 'status' | 'conclusion'>,
): CiRunOutcome {
  if (run.status === 'queued') return 'queued';
  if (run.status === 'in_progress') return 'running';
  switch (run.conclusion) {
    case 'success':
      return 'success';
    case 'failure':
    case 'timed_out':
      return 'failure';
    case 'cancelled':
      return 'cancelled';
    case 'skipped':
      return 'skipped';
    default:
      return 'other';
  }
}
