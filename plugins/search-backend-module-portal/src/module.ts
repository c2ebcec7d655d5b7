import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { PgSearchEngine } from '@backstage/plugin-search-backend-module-pg';
import { searchEngineRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { TECHDOCS_DOCS_BUILT_TOPIC } from '@internal/plugin-techdocs-backend-module-prebuild';
import { PortalLunrSearchEngine } from './lib/PortalLunrSearchEngine';
import { TechDocsReindexer } from './lib/TechDocsReindexer';

/**
 * The portal's search set-up:
 *
 * - on SQLite (the embedded default) the Lunr engine with bounded fuzzy
 *   matching; on PostgreSQL it leaves the engine to
 *   `@backstage/plugin-search-backend-module-pg`;
 * - a TechDocs reindex as soon as the prebuild module reports built docs.
 *
 * @public
 */
export const searchModulePortal = createBackendModule({
  pluginId: 'search',
  moduleId: 'portal',
  register(reg) {
    reg.registerInit({
      deps: {
        logger: coreServices.logger,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        events: eventsServiceRef,
        searchEngineRegistry: searchEngineRegistryExtensionPoint,
      },
      async init({
        logger,
        database,
        scheduler,
        events,
        searchEngineRegistry,
      }) {
        // The exact opposite of the PostgreSQL module's condition, so exactly
        // one of the two sets the engine.
        if (!(await PgSearchEngine.supported(database))) {
          searchEngineRegistry.setSearchEngine(
            new PortalLunrSearchEngine({ logger }),
          );
        }

        const reindexer = new TechDocsReindexer({
          scheduler,
          logger: logger.child({ task: 'techdocs-reindex' }),
        });
        await events.subscribe({
          id: 'search-portal-techdocs-reindex',
          topics: [TECHDOCS_DOCS_BUILT_TOPIC],
          onEvent: async () => {
            await reindexer.reindex();
          },
        });
      },
    });
  },
});
