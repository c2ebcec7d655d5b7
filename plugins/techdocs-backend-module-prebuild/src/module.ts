import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { toError } from '@backstage/errors';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { readPrebuildConfig } from './config';
import { EntityDocsBuilder } from './lib/EntityDocsBuilder';
import { PushRebuilder } from './lib/PushRebuilder';
import { TechDocsPrebuilder } from './lib/TechDocsPrebuilder';

/** After a push, once the catalog and the Git mirror have the commit. */
const PUSH_REBUILD_DELAY_MS = 5_000;

/**
 * Builds TechDocs of catalog entities without a visit, so that docs exist
 * (and the TechDocs search collator indexes them) before anyone opens them,
 * and changed docs are rebuilt seconds after a push:
 *
 * - often (`techdocs.prebuild.schedule`): docs that were never built;
 * - less often (`techdocs.prebuild.staleSchedule`) and after each push
 *   webhook (`techdocs.prebuild.pushTopics`): every entity's docs whose
 *   source changed since they were published.
 *
 * It builds with TechDocs' own stages and configuration (see
 * EntityDocsBuilder), into the storage the Docs tab reads.
 *
 * @public
 */
export const techdocsModulePrebuild = createBackendModule({
  pluginId: 'techdocs',
  moduleId: 'prebuild',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        lifecycle: coreServices.lifecycle,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        urlReader: coreServices.urlReader,
        cache: coreServices.cache,
        catalog: catalogServiceRef,
        events: eventsServiceRef,
      },
      async init({
        config,
        logger,
        scheduler,
        lifecycle,
        auth,
        discovery,
        urlReader,
        cache,
        catalog,
        events,
      }) {
        const settings = readPrebuildConfig(config);
        if (!settings.enabled) {
          logger.info('Docs prebuild is disabled (techdocs.prebuild.enabled)');
          return;
        }
        const builderType = config.getOptionalString('techdocs.builder');
        if (builderType !== undefined && builderType !== 'local') {
          // As TechDocs itself: docs are built elsewhere (e.g. in CI).
          logger.info(
            `Docs prebuild is off: techdocs.builder is '${builderType}', not 'local'`,
          );
          return;
        }
        const taskLogger = logger.child({ task: 'techdocs-prebuild' });
        const builder = await EntityDocsBuilder.fromConfig(config, {
          logger: taskLogger,
          urlReader,
          discovery,
          cache,
        });
        const prebuilder = new TechDocsPrebuilder({
          catalog,
          auth,
          builder,
          events,
          logger: taskLogger,
          concurrency: settings.concurrency,
        });
        const runCatching = async (onlyMissing: boolean) => {
          try {
            await prebuilder.run({ onlyMissing });
          } catch (error) {
            // e.g. the catalog is not reachable; the next run tries again.
            taskLogger.error('Docs prebuild run failed', toError(error));
          }
        };

        // Each instance builds into the same storage: one run at a time
        // (and the prebuilder runs its own runs one after the other).
        await scheduler.scheduleTask({
          id: 'techdocs-prebuild-missing',
          ...settings.schedule,
          scope: 'global',
          fn: () => runCatching(true),
        });
        await scheduler.scheduleTask({
          id: 'techdocs-prebuild-stale',
          ...settings.staleSchedule,
          scope: 'global',
          fn: () => runCatching(false),
        });

        if (settings.pushTopics.length) {
          const pushRebuilder = new PushRebuilder({
            run: () => prebuilder.run(),
            logger: taskLogger,
            delayMs: PUSH_REBUILD_DELAY_MS,
          });
          lifecycle.addShutdownHook(() => pushRebuilder.stop());
          await events.subscribe({
            id: 'techdocs-prebuild-push',
            topics: settings.pushTopics,
            onEvent: async () => pushRebuilder.onPush(),
          });
        }
      },
    });
  },
});
