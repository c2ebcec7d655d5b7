import { createFrontendModule } from '@backstage/frontend-plugin-api';
import {
  catalogSearchResultListItem,
  kindSearchFilter,
  lifecycleSearchFilter,
  ownerSearchFilter,
  portalSearchPage,
  techDocsSearchResultListItem,
  typeSearchFilter,
} from './extensions';

/**
 * The portal's search page: filters by kind, type, owner and lifecycle, and
 * results that name their kind and owner.
 *
 * @public
 */
export const searchModulePortal = createFrontendModule({
  pluginId: 'search',
  extensions: [
    portalSearchPage,
    kindSearchFilter,
    typeSearchFilter,
    ownerSearchFilter,
    lifecycleSearchFilter,
    catalogSearchResultListItem,
    techDocsSearchResultListItem,
  ],
});
