import {
  ScmIntegrationRegistry,
  getGitLabRequestOptions,
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

/** The fields we read of GitLab's pipeline list entry. */
interface GitlabPipeline {
  id: number;
  iid?: number;
  name?: string | null;
  status: string;
  ref: string;
  sha: string;
  created_at: string;
  updated_at: string;
  web_url: string;
}

const SERVICE = 'GitLab';

function mapStatus(status: string): {
  status: CiRunStatus;
  conclusion: CiRunConclusion;
} {
  switch (status) {
    case 'running':
      return { status: 'in_progress', conclusion: null };
    case 'success':
      return { status: 'completed', conclusion: 'success' };
    case 'failed':
      return { status: 'completed', conclusion: 'failure' };
    case 'canceled':
    case 'canceling':
      return { status: 'completed', conclusion: 'cancelled' };
    case 'skipped':
      return { status: 'completed', conclusion: 'skipped' };
    case 'manual':
      return { status: 'completed', conclusion: 'action_required' };
    default:
      // created, waiting_for_resource, preparing, pending, scheduled
      return { status: 'queued', conclusion: null };
  }
}

/**
 * GitLab's pipeline list has no start time or duration (only the single
 * pipeline endpoint has); we report creation time and, for finished
 * pipelines, the time from creation to the last update, which includes
 * queueing. One request per entity instead of one per pipeline.
 */
export function mapGitlabPipeline(pipeline: GitlabPipeline): CiRun {
  const mapped = mapStatus(pipeline.status);
  return {
    id: String(pipeline.id),
    name: pipeline.name ?? `Pipeline #${pipeline.iid ?? pipeline.id}`,
    ...mapped,
    branch: pipeline.ref,
    commit: pipeline.sha,
    startedAt: pipeline.created_at,
    durationSeconds:
      mapped.status === 'completed'
        ? secondsBetween(pipeline.created_at, pipeline.updated_at)
        : null,
    url: pipeline.web_url,
  };
}

/** GitLab CI pipelines, through the `integrations.gitlab` entry of the host. */
export class GitlabCiProvider implements CiRunsProvider {
  constructor(
    private readonly integrations: ScmIntegrationRegistry,
    private readonly http: CiHttpClient,
  ) {}

  async latestRuns(target: CiTarget, limit: number): Promise<LatestRuns> {
    const { host, project } = target;
    const integration = this.integrations.gitlab.byHost(host);
    if (!integration) {
      throw new CiHostError(
        'no-integration',
        `No integrations.gitlab entry for host ${host}; add one, or fix the ${CI_STATUS_ANNOTATIONS.gitlabInstance} annotation`,
        host,
      );
    }
    const api = integration.config.apiBaseUrl;
    const request = {
      host,
      service: SERVICE,
      headers: getGitLabRequestOptions(integration.config).headers,
    };
    const id = encodeURIComponent(project);
    const details = await this.http.getJson<{ default_branch?: string | null }>(
      { ...request, url: `${api}/projects/${id}` },
    );
    const branch = details.default_branch;
    if (!branch) {
      // An empty project has no default branch and so no pipelines of it.
      return { branch: '', runs: [] };
    }
    const params = new URLSearchParams({
      ref: branch,
      per_page: String(limit),
      order_by: 'id',
      sort: 'desc',
    });
    const pipelines = await this.http.getJson<GitlabPipeline[]>({
      ...request,
      url: `${api}/projects/${id}/pipelines?${params}`,
    });
    if (!Array.isArray(pipelines)) {
      throw new CiHostError(
        'bad-response',
        `GitLab at ${host} returned pipelines of ${project} that are not a list`,
        host,
      );
    }
    return { branch, runs: pipelines.slice(0, limit).map(mapGitlabPipeline) };
  }
}
