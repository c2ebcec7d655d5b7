import { HttpAuthService } from '@backstage/backend-plugin-api';
import { DEFAULT_NAMESPACE } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  COMPONENT_NAME_CHECK_PATH,
  ComponentNameCheck,
} from '@internal/plugin-scaffolder-portal-common';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { ComponentNameChecker } from './lib/ComponentNameChecker';

const nameCheckQuery = z.object({
  namespace: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .max(63)
    .optional(),
});

/**
 * Routes this module adds under `/api/scaffolder`:
 * `GET /portal/component-names/:name?namespace=` answers whether a new
 * component can take a name (what the `ComponentNamePicker` form field shows
 * next to the field), with the same check as `portal:component:validate`.
 */
export function createRouter(options: {
  httpAuth: HttpAuthService;
  checker: ComponentNameChecker;
}): express.Router {
  const { httpAuth, checker } = options;
  const router = Router();

  router.get(`${COMPONENT_NAME_CHECK_PATH}/:name`, async (req, res) => {
    const parsed = nameCheckQuery.safeParse(req.query);
    if (!parsed.success) {
      throw new InputError(
        `Invalid namespace '${String(
          req.query.namespace,
        )}': use lowercase letters, digits and '-'`,
      );
    }
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const check = await checker.check({
      name: req.params.name,
      namespace: parsed.data.namespace ?? DEFAULT_NAMESPACE,
      credentials,
    });
    const body: ComponentNameCheck = {
      name: check.name,
      entityRef: check.entityRef,
      available: check.available,
      problems: check.problems,
    };
    res.json(body);
  });

  return router;
}
