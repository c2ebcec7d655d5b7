import { HttpAuthService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import {
  ManageOverviewService,
  MAX_REQUESTED_OWNERS,
} from './services/ManageOverviewService';

const overviewQuery = z.object({
  owner: z
    .union([z.string(), z.array(z.string())])
    .transform(v => (Array.isArray(v) ? v : [v]))
    .pipe(z.array(z.string().min(1)).min(1).max(MAX_REQUESTED_OWNERS)),
});

export function createRouter({
  httpAuth,
  overview,
}: {
  httpAuth: HttpAuthService;
  overview: ManageOverviewService;
}): express.Router {
  const router = Router();

  router.get('/overview', async (req, res) => {
    const parsed = overviewQuery.safeParse(req.query);
    if (!parsed.success) {
      throw new InputError(
        `Give one to ${MAX_REQUESTED_OWNERS} owner entity refs as ?owner=group:default/team (repeatable)`,
      );
    }
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    res.json(await overview.overview(parsed.data.owner, credentials));
  });

  return router;
}
