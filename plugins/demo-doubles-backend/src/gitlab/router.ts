import express, { Request, Response } from 'express';
import Router from 'express-promise-router';
import { DemoDoublesControl } from '../lib/DemoDoublesControl';
import { faultMiddleware, FaultWriter } from '../lib/faultMiddleware';
import { DEMO_OWNER } from '../lib/demoComponents';
import { buildDemoRepositories, DemoRepository } from '../lib/runHistory';
import { demoPage } from '../lib/demoPage';
import {
  pipelineDetailJson,
  pipelineId,
  pipelineJson,
  projectId,
  projectJson,
} from './schema';

const RATE_LIMIT = 2000;

export interface GitlabDoubleOptions {
  control: DemoDoublesControl;
  now?: () => Date;
}

const writeFault: FaultWriter = (res, fault, retryAfterSeconds) => {
  if (fault === 'forbidden') {
    res.status(403).json({ message: '403 Forbidden' });
    return;
  }
  const reset = Math.ceil(Date.now() / 1000) + retryAfterSeconds;
  res.setHeader('retry-after', String(retryAfterSeconds));
  res.setHeader('ratelimit-name', 'throttle_authenticated_api');
  res.setHeader('ratelimit-limit', String(RATE_LIMIT));
  res.setHeader('ratelimit-observed', String(RATE_LIMIT + 1));
  res.setHeader('ratelimit-remaining', '0');
  res.setHeader('ratelimit-reset', String(reset));
  res.setHeader('ratelimit-resettime', new Date(reset * 1000).toUTCString());
  res.status(429).type('text/plain').send('Retry later\n');
};

function intParam(value: unknown, fallback: number, max: number): number {
  const n = typeof value === 'string' ? Number.parseInt(value, 10) : NaN;
  return Number.isFinite(n) && n > 0 ? Math.min(n, max) : fallback;
}

/**
 * The parts of GitLab's REST API v4 the portal reads: projects (by numeric
 * id or URL-encoded path) and their pipelines, with GitLab's pagination
 * headers and error bodies. Mount it where `/api/v4` should start.
 */
export function createGitlabDoubleRouter(
  options: GitlabDoubleOptions,
): express.Router {
  const { control } = options;
  const now = options.now ?? (() => new Date());
  const repositories = buildDemoRepositories(now());

  const router = Router();
  router.use(faultMiddleware('gitlab', control, writeFault));

  const web = (req: Request) =>
    `${req.protocol}://${req.get('host')}${req.baseUrl}/web`;

  const findProject = (req: Request): DemoRepository | undefined => {
    const id = req.params.id;
    return repositories.find(
      r => String(projectId(r)) === id || `${DEMO_OWNER}/${r.name}` === id,
    );
  };
  const projectNotFound = (res: Response) =>
    res.status(404).json({ message: '404 Project Not Found' });

  router.get('/api/v4/projects/:id', (req, res) => {
    const repo = findProject(req);
    if (!repo) {
      projectNotFound(res);
      return;
    }
    res.json(projectJson(repo, web(req)));
  });

  router.get('/api/v4/projects/:id/pipelines', (req, res) => {
    const repo = findProject(req);
    if (!repo) {
      projectNotFound(res);
      return;
    }
    const { ref, status, sha, source } = req.query;
    const perPage = intParam(req.query.per_page, 20, 100);
    const page = intParam(req.query.page, 1, 1000);
    const all = repo.runs
      .map(run => pipelineJson(repo, run, web(req)))
      .filter(
        p =>
          (!ref || p.ref === ref) &&
          (!status || p.status === status) &&
          (!sha || p.sha === sha) &&
          (!source || p.source === source),
      );
    if (req.query.sort === 'asc') all.reverse();
    const totalPages = Math.max(1, Math.ceil(all.length / perPage));
    res.setHeader('x-total', String(all.length));
    res.setHeader('x-total-pages', String(totalPages));
    res.setHeader('x-per-page', String(perPage));
    res.setHeader('x-page', String(page));
    res.setHeader('x-next-page', page < totalPages ? String(page + 1) : '');
    res.setHeader('x-prev-page', page > 1 ? String(page - 1) : '');
    res.json(all.slice((page - 1) * perPage, page * perPage));
  });

  router.get('/api/v4/projects/:id/pipelines/:pipelineId', (req, res) => {
    const repo = findProject(req);
    if (!repo) {
      projectNotFound(res);
      return;
    }
    const run = repo.runs.find(
      r => String(pipelineId(repo, r)) === req.params.pipelineId,
    );
    if (!run) {
      res.status(404).json({ message: '404 Not found' });
      return;
    }
    res.json(pipelineDetailJson(repo, run, web(req)));
  });

  router.get('/web/*', (req, res) => {
    res.type('html').send(demoPage('GitLab', req.path.replace(/^\/web\//, '')));
  });

  router.use((_req, res) => {
    res.status(404).json({ error: '404 Not Found' });
  });
  return router;
}
