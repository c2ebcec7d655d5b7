import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { gitSourceIconLink } from './extensions';

/**
 * The About card's View Source link for entities from Git: the hosting's web
 * page of the entity's folder instead of a `git+` URL no browser opens.
 *
 * @public
 */
export const catalogModuleGitSourceLink = createFrontendModule({
  pluginId: 'catalog',
  extensions: [gitSourceIconLink],
});
