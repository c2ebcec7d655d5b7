import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import ExploreIcon from '@material-ui/icons/Explore';
import {
  domainsSubPage,
  explorePage,
  groupsSubPage,
  systemsSubPage,
  toolsSubPage,
} from './pages';
import {
  domainRouteRef,
  domainsRouteRef,
  groupsRouteRef,
  rootRouteRef,
  systemRouteRef,
  systemsRouteRef,
  toolsRouteRef,
} from './routes';

/**
 * The Explore page: browse domains → systems → components and APIs, a
 * directory of groups and a tools directory, each card with its owner and
 * docs.
 *
 * @public
 */
export const explorePlugin = createFrontendPlugin({
  pluginId: 'explore',
  title: 'Explore',
  icon: <ExploreIcon fontSize="inherit" />,
  extensions: [
    explorePage,
    domainsSubPage,
    systemsSubPage,
    groupsSubPage,
    toolsSubPage,
  ],
  routes: {
    root: rootRouteRef,
    domains: domainsRouteRef,
    domain: domainRouteRef,
    systems: systemsRouteRef,
    system: systemRouteRef,
    groups: groupsRouteRef,
    tools: toolsRouteRef,
  },
});
