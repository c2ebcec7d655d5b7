import { HttpAuthService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  CI_RUNS_QUERY_MAX_ENTITIES,
  CiRunsQueryResponse,
} from '@internal/plugin-ci-status-common';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { CiStatusService } from './services/CiStatusService';

const runsQuery = z.object({
  entityRef: z.string().min(1, 'entityRef is required'),
});

const runsOfManyBody = z.object({
  entityRefs: z
    .array(z.string().min(1, 'must not be empty'))
    .max(
      CI_RUNS_QUERY_MAX_ENTITIES,
      `at most ${CI_RUNS_QUERY_MAX_ENTITIES} entries`,
    ),
});

function inputError(error: z.ZodError): InputError {
  return new InputError(
    error.issues.map(i => `${i.path.join('.')}: ${i.message}`).join('; '),
  );
}

export function createRouter({
  httpAuth,
  ciStatus,
}: {
  httpAuth: HttpAuthService;
  ciStatus: CiStatusService;
}): express.Router {
  const router = Router();
  router.use(express.json({ limit: '256kb' }));

  router.get('/runs', async (req, res) => {
    const parsed = runsQuery.safeParse(req.query);
    if (!parsed.success) throw inputError(parsed.error);
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    res.json(await ciStatus.getRuns(parsed.data.entityRef, credentials));
  });

  router.post('/runs/query', async (req, res) => {
    const parsed = runsOfManyBody.safeParse(req.body);
    if (!parsed.success) throw inputError(parsed.error);
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const body: CiRunsQueryResponse = {
      items: await ciStatus.getRunsOfMany(parsed.data.entityRefs, credentials),
    };
    res.json(body);
  });

  return router;
}
