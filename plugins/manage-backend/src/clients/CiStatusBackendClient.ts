import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CiRunsResponse } from '@internal/plugin-ci-status-common';
import { BackendPluginClient } from './BackendPluginClient';

/** `GET /api/ci-status/runs` of @internal/plugin-ci-status-backend. */
export class CiStatusBackendClient {
  constructor(private readonly client: BackendPluginClient) {}

  runs(entityRef: string, credentials: BackstageCredentials) {
    return this.client.request<CiRunsResponse>(
      `/runs?${new URLSearchParams({ entityRef })}`,
      credentials,
    );
  }
}
