import express from 'express';
import Router from 'express-promise-router';
import { DemoDoublesControl } from './lib/DemoDoublesControl';
import { createKubernetesDoubleRouter } from './kubernetes/router';
import { createGithubDoubleRouter } from './github/router';
import { createGitlabDoubleRouter } from './gitlab/router';

export interface DemoDoublesRouterOptions {
  /** Latency, faults and counters; defaults to a fresh one without faults. */
  control?: DemoDoublesControl;
  /** The clock demo timestamps are relative to. */
  now?: () => Date;
}

/**
 * All doubles under one router: `/kubernetes` (a Kubernetes API server),
 * `/github` (GitHub's REST API) and `/gitlab` (a GitLab instance, API under
 * `/gitlab/api/v4`).
 */
export function createDemoDoublesRouter(
  options: DemoDoublesRouterOptions = {},
): express.Router {
  const control = options.control ?? new DemoDoublesControl();
  const router = Router();
  router.use(
    '/kubernetes',
    createKubernetesDoubleRouter({ control, now: options.now }),
  );
  router.use(
    '/github',
    createGithubDoubleRouter({ control, now: options.now }),
  );
  router.use(
    '/gitlab',
    createGitlabDoubleRouter({ control, now: options.now }),
  );
  return router;
}
