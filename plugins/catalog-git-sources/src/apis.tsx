import {
  ApiBlueprint,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { gitSourcesApiRef, GitSourcesClient } from './api';

export const gitSourcesApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: gitSourcesApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new GitSourcesClient({ discoveryApi, fetchApi }),
    }),
});
