import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { toError } from '@backstage/errors';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { readPrebuildConfig } from './config';
import { TechDocsPrebuilder } from './lib/TechDocsPrebuilder';

/**
 * Builds TechDocs of catalog entities on a schedule, so that docs exist (and
 * the TechDocs search collator indexes them) before anyone opens them.
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
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        catalog: catalogServiceRef,
        events: eventsServiceRef,
      },
      async init({
        config,
        logger,
        scheduler,
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
        await scheduler.scheduleTask({
          id: 'techdocs-prebuild',
          ...settings.schedule,
          // Each instance builds into the same storage; one run at a time.
          scope: 'global',
          fn: async () => {
            try {
              await prebuilder.run();
            } catch (error) {
              // e.g. the catalog is not reachable; the next run tries again.
              taskLogger.error('Docs prebuild run failed', toError(error));
            }
          },
        });
      },
    });
  },
});
