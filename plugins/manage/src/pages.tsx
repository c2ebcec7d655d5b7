import { PageBlueprint } from '@backstage/frontend-plugin-api';
import DashboardIcon from '@material-ui/icons/Dashboard';
import { rootRouteRef } from './routes';

/**
 * The Manage page at /manage. Its title and icon also make its sidebar item
 * ("Manage"): in this frontend-plugin-api version nav items come from pages.
 */
export const managePage = PageBlueprint.make({
  params: {
    path: '/manage',
    routeRef: rootRouteRef,
    title: 'Manage',
    icon: <DashboardIcon />,
    loader: () => import('./components/ManagePage').then(m => <m.ManagePage />),
  },
});
