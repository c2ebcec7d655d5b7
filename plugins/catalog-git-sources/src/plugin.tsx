import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import StorageIcon from '@material-ui/icons/Storage';
import { gitSourcesApi } from './apis';
import { gitSourcesPage } from './pages';
import { rootRouteRef } from './routes';

/**
 * The Catalog sources page: every Git source of the catalog, its last fetch,
 * and why a file's entities are missing.
 *
 * @public
 */
export const catalogGitSourcesPlugin = createFrontendPlugin({
  pluginId: 'catalog-git-sources',
  title: 'Catalog sources',
  icon: <StorageIcon />,
  extensions: [gitSourcesApi, gitSourcesPage],
  routes: { root: rootRouteRef },
});
