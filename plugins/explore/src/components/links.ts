import { Entity } from '@backstage/catalog-model';
import { useRouteRef } from '@backstage/frontend-plugin-api';
import { OTHER_SLUG } from '../lib/domainTree';
import { slugOf } from '../lib/entities';
import { rootRouteRef } from '../routes';

/** Paths inside the Explore page, wherever the app mounted it. */
export function useExploreLinks() {
  const root = useRouteRef(rootRouteRef)?.() ?? '/explore';
  const base = root.replace(/\/$/, '');
  const segment = (entity?: Entity) =>
    encodeURIComponent(entity ? slugOf(entity) : OTHER_SLUG);
  return {
    domains: () => `${base}/domains`,
    domain: (entity?: Entity) => `${base}/domains/${segment(entity)}`,
    systems: () => `${base}/systems`,
    system: (entity?: Entity) => `${base}/systems/${segment(entity)}`,
  };
}
