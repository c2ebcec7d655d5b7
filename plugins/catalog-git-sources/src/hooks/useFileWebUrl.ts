import { useApi } from '@backstage/frontend-plugin-api';
import { scmIntegrationsApiRef } from '@backstage/integration-react';
import { useCallback } from 'react';
import { fileWebUrl } from '@internal/plugin-catalog-git-sources-common';

/**
 * A function giving the web page of a file in a remote (at a line), using the
 * app's `integrations` config for the type of self-hosted Git servers;
 * undefined when no web view is known (file:// remotes, unknown hosts).
 */
export function useFileWebUrl() {
  const integrations = useApi(scmIntegrationsApiRef);
  return useCallback(
    (options: {
      remote: string;
      branch: string;
      path: string;
      line?: number;
    }) =>
      fileWebUrl({
        ...options,
        hostType: host => integrations.byHost(host)?.type,
      }),
    [integrations],
  );
}
