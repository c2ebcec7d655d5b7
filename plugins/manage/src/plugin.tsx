import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import DashboardIcon from '@material-ui/icons/Dashboard';
import { manageApi } from './apis';
import { managePage } from './pages';
import { rootRouteRef } from './routes';

/**
 * The Manage page: CI and Kubernetes status of every component the signed-in
 * user's teams own, in one table.
 *
 * @public
 */
export const managePlugin = createFrontendPlugin({
  pluginId: 'manage',
  title: 'Manage',
  icon: <DashboardIcon />,
  extensions: [manageApi, managePage],
  routes: { root: rootRouteRef },
});
