import {
  PageBlueprint,
  SubPageBlueprint,
} from '@backstage/frontend-plugin-api';
import ExploreIcon from '@material-ui/icons/Explore';
import { rootRouteRef } from './routes';

/**
 * The Explore page at /explore. Its title and icon also make its sidebar item
 * ("Explore"): in this frontend-plugin-api version nav items come from pages.
 * Without a loader of its own it shows its sub-pages as tabs, and /explore
 * opens the first one.
 */
export const explorePage = PageBlueprint.make({
  params: {
    path: '/explore',
    routeRef: rootRouteRef,
    title: 'Explore',
    icon: <ExploreIcon fontSize="inherit" />,
  },
});

/** /explore/domains and /explore/domains/:name */
export const domainsSubPage = SubPageBlueprint.make({
  name: 'domains',
  params: {
    path: 'domains',
    title: 'Domains',
    loader: () =>
      import('./components/DomainsSection').then(m => <m.DomainsSection />),
  },
});

/** /explore/systems and /explore/systems/:name */
export const systemsSubPage = SubPageBlueprint.make({
  name: 'systems',
  params: {
    path: 'systems',
    title: 'Systems',
    loader: () =>
      import('./components/SystemsSection').then(m => <m.SystemsSection />),
  },
});

/** /explore/groups */
export const groupsSubPage = SubPageBlueprint.make({
  name: 'groups',
  params: {
    path: 'groups',
    title: 'Groups',
    loader: () =>
      import('./components/GroupsDirectory').then(m => <m.GroupsDirectory />),
  },
});

/** /explore/tools */
export const toolsSubPage = SubPageBlueprint.make({
  name: 'tools',
  params: {
    path: 'tools',
    title: 'Tools',
    loader: () =>
      import('./components/ToolsDirectory').then(m => <m.ToolsDirectory />),
  },
});
