import { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  GitServerContents,
  GitServerRepositoryList,
} from '@internal/plugin-git-server-common';
import { GitServerApi } from './GitServerApi';

/**
 * Reads `/api/git-server/repositories` and
 * `/api/git-server/repositories/:name/contents` with the signed-in user's
 * token. @public
 */
export class GitServerClient implements GitServerApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  async listRepositories(): Promise<GitServerRepositoryList> {
    const base = await this.deps.discoveryApi.getBaseUrl('git-server');
    const response = await this.deps.fetchApi.fetch(`${base}/repositories`);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response.json();
  }

  async getContents(
    name: string,
    options: { ref?: string; path?: string } = {},
  ): Promise<GitServerContents> {
    const base = await this.deps.discoveryApi.getBaseUrl('git-server');
    const query = new URLSearchParams();
    if (options.ref) query.set('ref', options.ref);
    if (options.path) query.set('path', options.path);
    const search = query.toString();
    const response = await this.deps.fetchApi.fetch(
      `${base}/repositories/${encodeURIComponent(name)}/contents${
        search ? `?${search}` : ''
      }`,
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response.json();
  }
}
