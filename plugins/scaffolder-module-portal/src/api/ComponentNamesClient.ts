import { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  COMPONENT_NAME_CHECK_PATH,
  ComponentNameCheck,
} from '@internal/plugin-scaffolder-portal-common';
import { ComponentNamesApi } from './ComponentNamesApi';

/** Asks `/api/scaffolder/portal/component-names/:name` with the user's token. @public */
export class ComponentNamesClient implements ComponentNamesApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  async checkName(
    name: string,
    options: { namespace?: string; signal?: AbortSignal } = {},
  ): Promise<ComponentNameCheck> {
    const base = await this.deps.discoveryApi.getBaseUrl('scaffolder');
    const query = options.namespace
      ? `?${new URLSearchParams({ namespace: options.namespace })}`
      : '';
    const response = await this.deps.fetchApi.fetch(
      `${base}${COMPONENT_NAME_CHECK_PATH}/${encodeURIComponent(name)}${query}`,
      { signal: options.signal },
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response.json();
  }
}
