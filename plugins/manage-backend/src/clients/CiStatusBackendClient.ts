import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  CiRunsQueryRequest,
  CiRunsQueryResponse,
} from '@internal/plugin-ci-status-common';
import { BackendPluginClient } from './BackendPluginClient';

/** `POST /api/ci-status/runs/query` of @internal/plugin-ci-status-backend. */
export class CiStatusBackendClient {
  constructor(private readonly client: BackendPluginClient) {}

  runsOfMany(entityRefs: string[], credentials: BackstageCredentials) {
    const body: CiRunsQueryRequest = { entityRefs };
    return this.client.request<CiRunsQueryResponse>(
      '/runs/query',
      credentials,
      { method: 'POST', body },
    );
  }
}
