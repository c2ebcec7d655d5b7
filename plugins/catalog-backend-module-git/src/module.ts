import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  catalogProcessingExtensionPoint,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { gitRepositoryCacheServiceRef } from './lib/gitRepositoryCacheServiceRef';
import { GitEntityProvider } from './providers/GitEntityProvider';
import { GitLocationAnnotationsProcessor } from './processors/GitLocationAnnotationsProcessor';
import { GitTemplateFetchUrlProcessor } from './processors/GitTemplateFetchUrlProcessor';
import { createRouter } from './router';
import { ProcessingErrorLog } from './status/ProcessingErrorLog';
import { subscribeToPushEvents } from './webhooks/pushEventSubscriber';

/**
 * The catalog module: one GitEntityProvider per `catalog.providers.git.<id>`,
 * refreshed on schedule and on push events, `GET /api/catalog/git/sources`,
 * a processor that resolves templates' relative `fetch:*` URLs against
 * their `git+` location, and one that gives entities from `git+` files their
 * source location and a web view URL.
 *
 * @public
 */
export const catalogModuleGit = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'git',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        catalogProcessing: catalogProcessingExtensionPoint,
        catalog: catalogServiceRef,
        events: eventsServiceRef,
        cache: gitRepositoryCacheServiceRef,
      },
      async init({
        config,
        logger,
        scheduler,
        httpRouter,
        httpAuth,
        catalogProcessing,
        catalog,
        events,
        cache,
      }) {
        const providers = GitEntityProvider.fromConfig(config, {
          logger,
          scheduler,
          cache,
        });
        catalogProcessing.addEntityProvider(providers);
        // Templates read from git+ URLs can use `./skeleton` (see the processor).
        catalogProcessing.addProcessor(new GitTemplateFetchUrlProcessor());
        // Source location and a web view URL for entities from git+ files.
        catalogProcessing.addProcessor(
          GitLocationAnnotationsProcessor.fromConfig(config),
        );
        await subscribeToPushEvents({ events, providers, logger });
        const errorLog = new ProcessingErrorLog();
        if (providers.length > 0) {
          await errorLog.subscribe(events);
        }
        httpRouter.use(
          await createRouter({ providers, catalog, httpAuth, errorLog }),
        );
      },
    });
  },
});
