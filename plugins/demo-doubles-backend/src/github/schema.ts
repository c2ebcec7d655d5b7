import { DEMO_OWNER } from '../lib/demoComponents';
import { stableInt } from '../lib/ids';
import { DemoRepository, DemoRun } from '../lib/runHistory';

/** GitHub's timestamps: ISO 8601 in UTC without milliseconds. */
export function ghTime(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export interface GithubUrls {
  /** Base of the REST API as callers reach it, e.g. `http://localhost:7007/api/demo/github`. */
  api: string;
  /** Base of the "web UI": pages of the double that say they are demo data. */
  html: string;
}

function user(login: string, urls: GithubUrls) {
  const id = 1_000_000 + stableInt(`user/${login}`, 9_000_000);
  return {
    login,
    id,
    node_id: `U_demo${id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    url: `${urls.api}/users/${login}`,
    html_url: `${urls.html}/${login}`,
    type: 'User',
    site_admin: false,
  };
}

function organization(urls: GithubUrls) {
  return {
    ...user(DEMO_OWNER, urls),
    type: 'Organization',
  };
}

export function repositoryId(repo: DemoRepository): number {
  return 500_000_000 + stableInt(`repo/${repo.name}`, 100_000_000);
}

/** The minimal repository object GitHub nests inside a workflow run. */
function minimalRepository(repo: DemoRepository, urls: GithubUrls) {
  const full = `${DEMO_OWNER}/${repo.name}`;
  return {
    id: repositoryId(repo),
    node_id: `R_demo${repositoryId(repo)}`,
    name: repo.name,
    full_name: full,
    private: true,
    owner: organization(urls),
    html_url: `${urls.html}/${full}`,
    description: repo.description,
    fork: false,
    url: `${urls.api}/repos/${full}`,
  };
}

/** `GET /repos/{owner}/{repo}` */
export function repositoryJson(repo: DemoRepository, urls: GithubUrls) {
  const pushedAt = repo.runs[0]?.createdAt ?? repo.createdAt;
  return {
    ...minimalRepository(repo, urls),
    homepage: null,
    language: null,
    visibility: 'private',
    default_branch: repo.defaultBranch,
    archived: false,
    disabled: false,
    has_issues: true,
    topics: ['demo-data'],
    created_at: ghTime(repo.createdAt),
    updated_at: ghTime(pushedAt),
    pushed_at: ghTime(pushedAt),
    clone_url: `${urls.html}/${DEMO_OWNER}/${repo.name}.git`,
    permissions: {
      admin: false,
      maintain: false,
      push: false,
      triage: false,
      pull: true,
    },
  };
}

function statusAndConclusion(run: DemoRun): {
  status: string;
  conclusion: string | null;
} {
  switch (run.state) {
    case 'queued':
      return { status: 'queued', conclusion: null };
    case 'running':
      return { status: 'in_progress', conclusion: null };
    case 'failed':
      return { status: 'completed', conclusion: 'failure' };
    case 'cancelled':
      return { status: 'completed', conclusion: 'cancelled' };
    case 'success':
    default:
      return { status: 'completed', conclusion: 'success' };
  }
}

export function runId(repo: DemoRepository, run: DemoRun): number {
  return (
    9_000_000_000 + stableInt(`run/${repo.name}`, 1_000_000) * 1000 + run.number
  );
}

/** One entry of `workflow_runs` in `GET /repos/{owner}/{repo}/actions/runs`. */
export function workflowRunJson(
  repo: DemoRepository,
  run: DemoRun,
  urls: GithubUrls,
) {
  const full = `${DEMO_OWNER}/${repo.name}`;
  const id = runId(repo, run);
  const workflowId = 60_000_000 + stableInt(`workflow/${repo.name}`, 1_000_000);
  const api = `${urls.api}/repos/${full}`;
  const actor = user(run.author, urls);
  const updatedAt = run.finishedAt ?? run.startedAt;
  return {
    id,
    name: run.workflow,
    node_id: `WFR_demo${id}`,
    head_branch: run.branch,
    head_sha: run.sha,
    path: run.workflowPath,
    display_title: run.title,
    run_number: run.number,
    event: run.event,
    ...statusAndConclusion(run),
    workflow_id: workflowId,
    check_suite_id: id + 1,
    check_suite_node_id: `CS_demo${id + 1}`,
    url: `${api}/actions/runs/${id}`,
    html_url: `${urls.html}/${full}/actions/runs/${id}`,
    pull_requests: [],
    created_at: ghTime(run.createdAt),
    updated_at: ghTime(updatedAt),
    actor,
    run_attempt: 1,
    referenced_workflows: [],
    run_started_at: ghTime(run.startedAt),
    triggering_actor: actor,
    jobs_url: `${api}/actions/runs/${id}/jobs`,
    logs_url: `${api}/actions/runs/${id}/logs`,
    check_suite_url: `${api}/check-suites/${id + 1}`,
    artifacts_url: `${api}/actions/runs/${id}/artifacts`,
    cancel_url: `${api}/actions/runs/${id}/cancel`,
    rerun_url: `${api}/actions/runs/${id}/rerun`,
    previous_attempt_url: null,
    workflow_url: `${api}/actions/workflows/${workflowId}`,
    head_commit: {
      id: run.sha,
      tree_id: run.sha.split('').reverse().join(''),
      message: run.title,
      timestamp: ghTime(new Date(run.createdAt.getTime() - 30_000)),
      author: { name: run.author, email: `${run.author}@northwind.example` },
      committer: { name: 'GitHub', email: 'noreply@github.com' },
    },
    repository: minimalRepository(repo, urls),
    head_repository: minimalRepository(repo, urls),
  };
}
