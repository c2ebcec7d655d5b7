import express, { Request, Response } from 'express';
import Router from 'express-promise-router';
import { DemoDoublesControl } from '../lib/DemoDoublesControl';
import { faultMiddleware, FaultWriter } from '../lib/faultMiddleware';
import { DEMO_OWNER } from '../lib/demoComponents';
import { buildDemoRepositories, DemoRepository } from '../lib/runHistory';
import { demoPage } from '../lib/demoPage';
import { GithubUrls, repositoryJson, runId, workflowRunJson } from './schema';

const RATE_LIMIT = 5000;
const RATE_LIMIT_WINDOW_SECONDS = 3600;
const DOCS = 'https://docs.github.com/rest';

export interface GithubDoubleOptions {
  control: DemoDoublesControl;
  now?: () => Date;
}

function baseUrl(req: Request): string {
  return `${req.protocol}://${req.get('host')}${req.baseUrl}`;
}

const writeFault: FaultWriter = (res, fault, retryAfterSeconds) => {
  res.setHeader('content-type', 'application/json; charset=utf-8');
  if (fault === 'forbidden') {
    res.status(403).json({
      message: 'Resource not accessible by integration',
      documentation_url: `${DOCS}/actions/workflow-runs#list-workflow-runs-for-a-repository`,
      status: '403',
    });
    return;
  }
  const reset = Math.ceil(Date.now() / 1000) + retryAfterSeconds;
  res.setHeader('retry-after', String(retryAfterSeconds));
  res.setHeader('x-ratelimit-limit', String(RATE_LIMIT));
  res.setHeader('x-ratelimit-remaining', '0');
  res.setHeader('x-ratelimit-used', String(RATE_LIMIT));
  res.setHeader('x-ratelimit-reset', String(reset));
  res.setHeader('x-ratelimit-resource', 'core');
  res.status(429).json({
    message: 'API rate limit exceeded for installation ID 4242424.',
    documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api`,
    status: '429',
  });
};

function notFound(res: Response, docs: string) {
  res.status(404).json({
    message: 'Not Found',
    documentation_url: `${DOCS}/${docs}`,
    status: '404',
  });
}

function intParam(value: unknown, fallback: number, max: number): number {
  const n = typeof value === 'string' ? Number.parseInt(value, 10) : NaN;
  return Number.isFinite(n) && n > 0 ? Math.min(n, max) : fallback;
}

/**
 * The parts of GitHub's REST API the portal reads: repositories and workflow
 * runs of the demo organisation, with GitHub's pagination parameters, its
 * rate-limit headers and its error bodies.
 */
export function createGithubDoubleRouter(
  options: GithubDoubleOptions,
): express.Router {
  const { control } = options;
  const now = options.now ?? (() => new Date());
  const repositories = buildDemoRepositories(now());
  const window = { resetAt: 0, used: 0 };

  const router = Router();
  router.use(faultMiddleware('github', control, writeFault));
  router.use((_req, res, next) => {
    const nowSeconds = Math.floor(Date.now() / 1000);
    if (nowSeconds >= window.resetAt) {
      window.resetAt = nowSeconds + RATE_LIMIT_WINDOW_SECONDS;
      window.used = 0;
    }
    window.used += 1;
    res.setHeader('x-ratelimit-limit', String(RATE_LIMIT));
    res.setHeader(
      'x-ratelimit-remaining',
      String(Math.max(0, RATE_LIMIT - window.used)),
    );
    res.setHeader('x-ratelimit-used', String(window.used));
    res.setHeader('x-ratelimit-reset', String(window.resetAt));
    res.setHeader('x-ratelimit-resource', 'core');
    res.setHeader('x-github-api-version-selected', '2022-11-28');
    res.setHeader('x-github-media-type', 'github.v3; format=json');
    next();
  });

  const findRepo = (req: Request): DemoRepository | undefined =>
    req.params.owner.toLowerCase() === DEMO_OWNER
      ? repositories.find(r => r.name === req.params.repo.toLowerCase())
      : undefined;
  const urls = (req: Request): GithubUrls => ({
    api: baseUrl(req),
    html: `${baseUrl(req)}/web`,
  });

  router.get('/repos/:owner/:repo', (req, res) => {
    const repo = findRepo(req);
    if (!repo) {
      notFound(res, 'repos/repos#get-a-repository');
      return;
    }
    res.json(repositoryJson(repo, urls(req)));
  });

  router.get('/repos/:owner/:repo/actions/runs', (req, res) => {
    const repo = findRepo(req);
    if (!repo) {
      notFound(
        res,
        'actions/workflow-runs#list-workflow-runs-for-a-repository',
      );
      return;
    }
    const { branch, event, status, head_sha: headSha } = req.query;
    const perPage = intParam(req.query.per_page, 30, 100);
    const page = intParam(req.query.page, 1, 1000);
    const all = repo.runs
      .map(run => ({ run, json: workflowRunJson(repo, run, urls(req)) }))
      .filter(
        ({ json }) =>
          (!branch || json.head_branch === branch) &&
          (!event || json.event === event) &&
          (!headSha || json.head_sha === headSha) &&
          (!status || json.status === status || json.conclusion === status),
      );
    res.json({
      total_count: all.length,
      workflow_runs: all
        .slice((page - 1) * perPage, page * perPage)
        .map(x => x.json),
    });
  });

  router.get('/repos/:owner/:repo/actions/runs/:runId', (req, res) => {
    const repo = findRepo(req);
    const run = repo?.runs.find(
      r => String(runId(repo, r)) === req.params.runId,
    );
    if (!repo || !run) {
      notFound(res, 'actions/workflow-runs#get-a-workflow-run');
      return;
    }
    res.json(workflowRunJson(repo, run, urls(req)));
  });

  // The "web UI" that html_url points at: a page saying this is demo data.
  router.get('/web/*', (req, res) => {
    res
      .type('html')
      .send(
        demoPage('GitHub', `${DEMO_OWNER} ${req.path.replace(/^\/web\//, '')}`),
      );
  });

  router.use((_req, res) => notFound(res, ''));
  return router;
}
