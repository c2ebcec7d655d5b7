import { DEMO_OWNER } from '../lib/demoComponents';
import { stableInt } from '../lib/ids';
import { DemoRepository, DemoRun } from '../lib/runHistory';

/** GitLab's timestamps: ISO 8601 in UTC with milliseconds. */
function glTime(d: Date): string {
  return d.toISOString();
}

export function projectId(repo: DemoRepository): number {
  return 40_000_000 + stableInt(`project/${repo.name}`, 1_000_000);
}

export function pipelineId(repo: DemoRepository, run: DemoRun): number {
  return (
    1_200_000_000 +
    stableInt(`pipeline/${repo.name}`, 100_000) * 1000 +
    run.number
  );
}

function namespace(web: string) {
  return {
    id: 7_000_001,
    name: 'Northwind',
    path: DEMO_OWNER,
    kind: 'group',
    full_path: DEMO_OWNER,
    parent_id: null,
    avatar_url: null,
    web_url: `${web}/groups/${DEMO_OWNER}`,
  };
}

/** `GET /projects/:id` */
export function projectJson(repo: DemoRepository, web: string) {
  const path = `${DEMO_OWNER}/${repo.name}`;
  const lastActivity = repo.runs[0]?.createdAt ?? repo.createdAt;
  return {
    id: projectId(repo),
    description: repo.description,
    name: repo.name,
    name_with_namespace: `Northwind / ${repo.name}`,
    path: repo.name,
    path_with_namespace: path,
    created_at: glTime(repo.createdAt),
    default_branch: repo.defaultBranch,
    tag_list: ['demo-data'],
    topics: ['demo-data'],
    ssh_url_to_repo: `git@demo-gitlab.localhost:${path}.git`,
    http_url_to_repo: `${web}/${path}.git`,
    web_url: `${web}/${path}`,
    readme_url: `${web}/${path}/-/blob/${repo.defaultBranch}/README.md`,
    avatar_url: null,
    forks_count: 0,
    star_count: 0,
    last_activity_at: glTime(lastActivity),
    namespace: namespace(web),
    visibility: 'private',
    archived: false,
    empty_repo: false,
  };
}

function pipelineStatus(run: DemoRun): string {
  switch (run.state) {
    case 'queued':
      return 'pending';
    case 'running':
      return 'running';
    case 'failed':
      return 'failed';
    case 'cancelled':
      return 'canceled';
    case 'success':
    default:
      return 'success';
  }
}

function source(run: DemoRun): string {
  switch (run.event) {
    case 'pull_request':
      return 'merge_request_event';
    case 'schedule':
      return 'schedule';
    case 'push':
    default:
      return 'push';
  }
}

/** One entry of `GET /projects/:id/pipelines`. */
export function pipelineJson(repo: DemoRepository, run: DemoRun, web: string) {
  const id = pipelineId(repo, run);
  return {
    id,
    iid: run.number,
    project_id: projectId(repo),
    sha: run.sha,
    ref: run.branch,
    status: pipelineStatus(run),
    source: source(run),
    created_at: glTime(run.createdAt),
    updated_at: glTime(run.finishedAt ?? run.startedAt),
    web_url: `${web}/${DEMO_OWNER}/${repo.name}/-/pipelines/${id}`,
    name: run.workflow,
  };
}

/** `GET /projects/:id/pipelines/:pipeline_id`: the list entry plus timing and user. */
export function pipelineDetailJson(
  repo: DemoRepository,
  run: DemoRun,
  web: string,
) {
  const finished = run.finishedAt;
  return {
    ...pipelineJson(repo, run, web),
    before_sha: '0000000000000000000000000000000000000000',
    tag: false,
    yaml_errors: null,
    user: {
      id: 3_000_000 + stableInt(`user/${run.author}`, 1_000_000),
      username: run.author,
      name: run.author,
      state: 'active',
      avatar_url: null,
      web_url: `${web}/${run.author}`,
    },
    started_at: glTime(run.startedAt),
    finished_at: finished ? glTime(finished) : null,
    committed_at: null,
    duration: finished
      ? Math.round((finished.getTime() - run.startedAt.getTime()) / 1000)
      : null,
    queued_duration: (run.startedAt.getTime() - run.createdAt.getTime()) / 1000,
    coverage: null,
    detailed_status: {
      icon: `status_${pipelineStatus(run)}`,
      text: pipelineStatus(run),
      label: pipelineStatus(run),
      group: pipelineStatus(run),
      has_details: true,
      details_path: `/${DEMO_OWNER}/${repo.name}/-/pipelines/${pipelineId(
        repo,
        run,
      )}`,
    },
  };
}
