import { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import type { CiRunsResponse } from '@internal/plugin-ci-status-common';
import { CiStatusApi } from './CiStatusApi';

/** Talks to `/api/ci-status` with the signed-in user's token. @public */
export class CiStatusClient implements CiStatusApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  async getRuns(entityRef: string): Promise<CiRunsResponse> {
    const base = await this.deps.discoveryApi.getBaseUrl('ci-status');
    const response = await this.deps.fetchApi.fetch(
      `${base}/runs?${new URLSearchParams({ entityRef })}`,
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response.json();
  }
}
