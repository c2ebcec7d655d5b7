import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { toError } from '@backstage/errors';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { readPrebuildConfig } from './config';
import { PushRebuilder } from './lib/PushRebuilder';
import { TechDocsPrebuilder } from './lib/TechDocsPrebuilder';

/** After a push, once the catalog and the Git mirror have the commit. */
const PUSH_REBUILD_DELAY_MS = 5_000;

/**
 * Builds TechDocs of catalog entities without a visit, so that docs exist
 * (and the TechDocs search collator indexes them) before anyone opens them:
 *
 * - often (`techdocs.prebuild.schedule`): docs that were never built;
 * - less often (`techdocs.prebuild.staleSchedule`) and after each push
 *   webhook (`techdocs.prebuild.pushTopics`): every entity's docs, which
 *   TechDocs rebuilds when their source changed.
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
        catalog,
        events,
      }) {
        const settings = readPrebuildConfig(config);
        if (!settings.enabled) {
          logger.info('Docs prebuild is disabled (techdocs.prebuild.enabled)');
          return;
        }
        const taskLogger = logger.child({ task: 'techdocs-prebuild' });
        const prebuilder = new TechDocsPrebuilder({
          catalog,
          auth,
          discovery,
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

        // Each instance builds into the same storage: one run at a time.
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
