import { createApiRef } from '@backstage/frontend-plugin-api';
import {
  GitServerContents,
  GitServerRepositoryList,
} from '@internal/plugin-git-server-common';

/** The portal's built-in Git server, as the browse page sees it. @public */
export interface GitServerApi {
  /** Every repository of the server, by name. */
  listRepositories(): Promise<GitServerRepositoryList>;

  /**
   * A folder or file of a repository's branch: `ref` defaults to the default
   * branch, `path` to the root.
   */
  getContents(
    name: string,
    options?: { ref?: string; path?: string },
  ): Promise<GitServerContents>;
}

/** @public */
export const gitServerApiRef = createApiRef<GitServerApi>({
  id: 'plugin.git-server.service',
});
