import { createBackendModule } from '@backstage/backend-plugin-api';
import { catalogCollatorExtensionPoint } from '@backstage/plugin-search-backend-module-catalog';
import { ownerNameEntityTransformer } from './lib/ownerNameEntityTransformer';

/**
 * Catalog search documents whose `owner` has the TechDocs documents' form
 * (the owner's name), so one owner filter value finds a team's entities and
 * its docs. A module of its own because it needs the catalog collator.
 *
 * @public
 */
export const searchModuleCatalogOwnerNames = createBackendModule({
  pluginId: 'search',
  moduleId: 'catalog-owner-names',
  register(reg) {
    reg.registerInit({
      deps: { catalogCollator: catalogCollatorExtensionPoint },
      async init({ catalogCollator }) {
        catalogCollator.setEntityTransformer(ownerNameEntityTransformer);
      },
    });
  },
});
