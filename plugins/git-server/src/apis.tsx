import {
  ApiBlueprint,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { gitServerApiRef, GitServerClient } from './api';

export const gitServerApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: gitServerApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new GitServerClient({ discoveryApi, fetchApi }),
    }),
});
