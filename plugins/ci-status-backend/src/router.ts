import { HttpAuthService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { CiStatusService } from './services/CiStatusService';

const runsQuery = z.object({
  entityRef: z.string().min(1, 'entityRef is required'),
});

export function createRouter({
  httpAuth,
  ciStatus,
}: {
  httpAuth: HttpAuthService;
  ciStatus: CiStatusService;
}): express.Router {
  const router = Router();

  router.get('/runs', async (req, res) => {
    const parsed = runsQuery.safeParse(req.query);
    if (!parsed.success) {
      throw new InputError(
        parsed.error.issues
          .map(i => `${i.path.join('.')}: ${i.message}`)
          .join('; '),
      );
    }
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    res.json(await ciStatus.getRuns(parsed.data.entityRef, credentials));
  });

  return router;
}
