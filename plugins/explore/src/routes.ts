import {
  createRouteRef,
  createSubRouteRef,
} from '@backstage/frontend-plugin-api';

export const rootRouteRef = createRouteRef();

export const domainsRouteRef = createSubRouteRef({
  parent: rootRouteRef,
  path: '/domains',
});

export const domainRouteRef = createSubRouteRef({
  parent: rootRouteRef,
  path: '/domains/:name',
});

export const systemsRouteRef = createSubRouteRef({
  parent: rootRouteRef,
  path: '/systems',
});

export const systemRouteRef = createSubRouteRef({
  parent: rootRouteRef,
  path: '/systems/:name',
});

export const groupsRouteRef = createSubRouteRef({
  parent: rootRouteRef,
  path: '/groups',
});

export const toolsRouteRef = createSubRouteRef({
  parent: rootRouteRef,
  path: '/tools',
});
