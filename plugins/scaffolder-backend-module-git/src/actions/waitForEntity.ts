import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { setTimeout as sleep } from 'node:timers/promises';
import { examples } from './waitForEntity.examples';

/** How long the step waits when the template does not say. */
export const DEFAULT_WAIT_TIMEOUT_SECONDS = 60;
/** The longest wait a template may ask for. */
export const MAX_WAIT_TIMEOUT_SECONDS = 600;
/** Pause between two reads of the catalog. */
export const POLL_INTERVAL_MS = 500;

/**
 * `portal:entity:wait`: waits until an entity can be read from the catalog.
 * `catalog:register` only adds a Location, which the catalog processes in the
 * background; run this after it so the entity page the task links to exists
 * when the task ends.
 *
 * @public
 */
export function createWaitForEntityAction(options: {
  catalog: CatalogService;
  pollIntervalMs?: number;
}) {
  const { catalog } = options;
  const pollIntervalMs = options.pollIntervalMs ?? POLL_INTERVAL_MS;

  return createTemplateAction({
    id: 'portal:entity:wait',
    description:
      'Waits until an entity (e.g. the one catalog:register registered) is readable through the catalog API.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        entityRef: z =>
          z.string({
            description:
              'Entity ref to wait for, e.g. component:default/orders',
          }),
        timeoutSeconds: z =>
          z
            .number({
              description: `How long to wait before failing (default ${DEFAULT_WAIT_TIMEOUT_SECONDS}, at most ${MAX_WAIT_TIMEOUT_SECONDS})`,
            })
            .min(1)
            .max(MAX_WAIT_TIMEOUT_SECONDS)
            .optional(),
      },
      output: {
        entityRef: z =>
          z.string({ description: 'The entity ref, in its full form' }),
      },
    },
    async handler(ctx) {
      let entityRef: string;
      try {
        entityRef = stringifyEntityRef(parseEntityRef(ctx.input.entityRef));
      } catch {
        throw new InputError(
          `'${ctx.input.entityRef}' is not an entity ref (kind:namespace/name)`,
        );
      }
      ctx.output('entityRef', entityRef);
      if (ctx.isDryRun) {
        ctx.logger.info(`Dry run: would wait for ${entityRef} in the catalog`);
        return;
      }

      const timeoutSeconds =
        ctx.input.timeoutSeconds ?? DEFAULT_WAIT_TIMEOUT_SECONDS;
      const deadline = Date.now() + timeoutSeconds * 1000;
      const credentials = await ctx.getInitiatorCredentials();
      const started = Date.now();
      for (;;) {
        ctx.signal?.throwIfAborted();
        if (await catalog.getEntityByRef(entityRef, { credentials })) {
          ctx.logger.info(
            `${entityRef} is in the catalog (after ${Date.now() - started} ms)`,
          );
          return;
        }
        if (Date.now() >= deadline) {
          throw new Error(
            `${entityRef} was registered but is not in the catalog after ${timeoutSeconds} s; the catalog may still be processing it, or its catalog file has errors (see the Location's processing errors)`,
          );
        }
        await sleep(pollIntervalMs, undefined, { signal: ctx.signal });
      }
    },
  });
}
