import { createApiRef } from '@backstage/frontend-plugin-api';
import { GitSourcesResponse } from '@internal/plugin-catalog-git-sources-common';

export type {
  GitSourceFile,
  GitSourceFileError,
  GitSourceStatus,
  GitSourcesResponse,
} from '@internal/plugin-catalog-git-sources-common';

/** The Git sources status of the catalog backend, as the frontend sees it. @public */
export interface GitSourcesApi {
  /** Every configured Git source with its last run and per-file errors. */
  getSources(): Promise<GitSourcesResponse>;
}

/** @public */
export const gitSourcesApiRef = createApiRef<GitSourcesApi>({
  id: 'plugin.catalog-git-sources.service',
});
