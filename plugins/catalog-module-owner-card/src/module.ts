import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { entityOwnerCard } from './extensions';

/**
 * The Owner card on every entity page: the owning group, its members, its
 * contact and its parent group.
 *
 * @public
 */
export const catalogModuleOwnerCard = createFrontendModule({
  pluginId: 'catalog',
  extensions: [entityOwnerCard],
});
