import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { gitServerApi } from './apis';
import { gitServerPage } from './pages';
import { rootRouteRef } from './routes';

/**
 * Browse the repositories of the portal's built-in Git server: folders,
 * files and the clone command, at /git-server/<name>.
 *
 * @public
 */
export const gitServerPlugin = createFrontendPlugin({
  pluginId: 'git-server',
  title: 'Git repositories',
  extensions: [gitServerApi, gitServerPage],
  routes: { root: rootRouteRef },
});
