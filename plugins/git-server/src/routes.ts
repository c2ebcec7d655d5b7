import { createRouteRef } from '@backstage/frontend-plugin-api';

/** /git-server; a repository is /git-server/<name>?ref=<branch>&path=<path>. */
export const rootRouteRef = createRouteRef();
