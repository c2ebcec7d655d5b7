import { PageBlueprint } from '@backstage/frontend-plugin-api';
import StorageIcon from '@material-ui/icons/Storage';
import { rootRouteRef } from './routes';

/**
 * The Catalog sources page at /catalog-sources. Its title and icon also make
 * its sidebar item: in this frontend-plugin-api version nav items come from
 * pages.
 */
export const gitSourcesPage = PageBlueprint.make({
  params: {
    path: '/catalog-sources',
    routeRef: rootRouteRef,
    title: 'Catalog sources',
    icon: <StorageIcon />,
    loader: () =>
      import('./components/GitSourcesPage').then(m => <m.GitSourcesPage />),
  },
});
