import { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import type { ManageOverviewResponse } from '@internal/plugin-manage-common';
import { ManageApi } from './ManageApi';

/** Talks to `/api/manage` with the signed-in user's token. @public */
export class ManageClient implements ManageApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  async getOverview(owners: string[]): Promise<ManageOverviewResponse> {
    const base = await this.deps.discoveryApi.getBaseUrl('manage');
    const query = new URLSearchParams(owners.map(owner => ['owner', owner]));
    const response = await this.deps.fetchApi.fetch(
      `${base}/overview?${query}`,
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response.json();
  }
}
