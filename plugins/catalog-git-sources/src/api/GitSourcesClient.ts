import { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import { GitSourcesApi, GitSourcesResponse } from './GitSourcesApi';

/** Reads `/api/catalog/git/sources` with the signed-in user's token. @public */
export class GitSourcesClient implements GitSourcesApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  async getSources(): Promise<GitSourcesResponse> {
    const base = await this.deps.discoveryApi.getBaseUrl('catalog');
    const response = await this.deps.fetchApi.fetch(`${base}/git/sources`);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response.json();
  }
}
