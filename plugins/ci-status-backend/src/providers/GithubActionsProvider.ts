import {
  GithubCredentialsProvider,
  ScmIntegrationRegistry,
} from '@backstage/integration';
import {
  CI_STATUS_ANNOTATIONS,
  CiRun,
  CiRunConclusion,
  CiRunStatus,
} from '@internal/plugin-ci-status-common';
import { CiHostError } from '../lib/CiHostError';
import { CiHttpClient } from '../lib/CiHttpClient';
import { CiRunsProvider, CiTarget, LatestRuns, secondsBetween } from './types';

/** The fields we read of GitHub's workflow run object. */
interface GithubWorkflowRun {
  id: number;
  name?: string | null;
  display_title?: string;
  head_branch: string | null;
  head_sha: string;
  status: string | null;
  conclusion: string | null;
  created_at: string;
  updated_at: string;
  run_started_at?: string;
  html_url: string;
}

const SLUG = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const SERVICE = 'GitHub';

function status(run: GithubWorkflowRun): CiRunStatus {
  switch (run.status) {
    case 'completed':
      return 'completed';
    case 'in_progress':
      return 'in_progress';
    default:
      // queued, requested, waiting, pending
      return 'queued';
  }
}

function conclusion(run: GithubWorkflowRun): CiRunConclusion {
  if (run.status !== 'completed') return null;
  switch (run.conclusion) {
    case 'success':
    case 'failure':
    case 'cancelled':
    case 'skipped':
    case 'timed_out':
    case 'action_required':
    case 'neutral':
      return run.conclusion;
    case 'startup_failure':
      return 'failure';
    default:
      return 'neutral';
  }
}

export function mapGithubRun(run: GithubWorkflowRun): CiRun {
  const startedAt = run.run_started_at ?? run.created_at;
  return {
    id: String(run.id),
    name: run.name ?? run.display_title ?? `Run ${run.id}`,
    status: status(run),
    conclusion: conclusion(run),
    branch: run.head_branch ?? '',
    commit: run.head_sha,
    startedAt,
    durationSeconds:
      run.status === 'completed'
        ? secondsBetween(startedAt, run.updated_at)
        : null,
    url: run.html_url,
  };
}

/** GitHub Actions workflow runs, through the `integrations.github` entry of the host. */
export class GithubActionsProvider implements CiRunsProvider {
  constructor(
    private readonly integrations: ScmIntegrationRegistry,
    private readonly credentials: GithubCredentialsProvider,
    private readonly http: CiHttpClient,
  ) {}

  async latestRuns(target: CiTarget, limit: number): Promise<LatestRuns> {
    const { host, project } = target;
    const integration = this.integrations.github.byHost(host);
    if (!integration) {
      throw new CiHostError(
        'no-integration',
        `No integrations.github entry for host ${host}; add one, or fix the ${CI_STATUS_ANNOTATIONS.githubHost} annotation`,
        host,
      );
    }
    if (!SLUG.test(project)) {
      throw new CiHostError(
        'not-found',
        `${CI_STATUS_ANNOTATIONS.githubProjectSlug} "${project}" is not of the form owner/repo`,
        host,
      );
    }
    const api = integration.config.apiBaseUrl ?? 'https://api.github.com';
    let headers: Record<string, string> | undefined;
    try {
      ({ headers } = await this.credentials.getCredentials({
        url: `https://${host}/${project}`,
      }));
    } catch (e) {
      throw new CiHostError(
        'unauthorized',
        `No GitHub credentials for ${host}/${project}: ${(e as Error).message}`,
        host,
      );
    }
    const request = {
      host,
      service: SERVICE,
      headers: {
        ...headers,
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
      },
    };
    const repo = await this.http.getJson<{ default_branch?: string }>({
      ...request,
      url: `${api}/repos/${project}`,
    });
    const branch = repo.default_branch;
    if (!branch) {
      throw new CiHostError(
        'bad-response',
        `GitHub at ${host} returned repository ${project} without a default branch`,
        host,
      );
    }
    const params = new URLSearchParams({ branch, per_page: String(limit) });
    const page = await this.http.getJson<{
      workflow_runs?: GithubWorkflowRun[];
    }>({
      ...request,
      url: `${api}/repos/${project}/actions/runs?${params}`,
    });
    if (!Array.isArray(page.workflow_runs)) {
      throw new CiHostError(
        'bad-response',
        `GitHub at ${host} returned workflow runs of ${project} without workflow_runs`,
        host,
      );
    }
    return {
      branch,
      runs: page.workflow_runs.slice(0, limit).map(mapGithubRun),
    };
  }
}
