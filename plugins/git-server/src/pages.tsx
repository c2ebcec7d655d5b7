import { PageBlueprint } from '@backstage/frontend-plugin-api';
import { rootRouteRef } from './routes';

/**
 * The browse page at /git-server/<name>?ref=<branch>&path=<path>. No icon on
 * the page or the plugin, so the app makes no sidebar item for it: it is
 * reached from links (the Create flow's Repository link, View Source). It
 * draws its own header, whose title is the repository name.
 */
export const gitServerPage = PageBlueprint.make({
  params: {
    path: '/git-server',
    routeRef: rootRouteRef,
    title: 'Git repositories',
    noHeader: true,
    loader: () =>
      import('./components/GitServerPage').then(m => <m.GitServerPage />),
  },
});
