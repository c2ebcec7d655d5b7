import { useRouteRef } from '@backstage/frontend-plugin-api';
import { useCallback } from 'react';
import { rootRouteRef } from '../routes';

/**
 * Links within the browse page, in its URL contract:
 * `/git-server/<name>?ref=<branch>&path=<path>` (both parameters optional).
 */
export function useContentsLink() {
  const root = useRouteRef(rootRouteRef)?.() ?? '/git-server';
  return useCallback(
    (name: string, location: { ref?: string; path?: string } = {}) => {
      const query = new URLSearchParams();
      if (location.ref) query.set('ref', location.ref);
      if (location.path) query.set('path', location.path);
      const search = query.toString();
      return `${root.replace(/\/$/, '')}/${encodeURIComponent(name)}${
        search ? `?${search}` : ''
      }`;
    },
    [root],
  );
}
