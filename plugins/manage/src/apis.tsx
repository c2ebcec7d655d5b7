import {
  ApiBlueprint,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { manageApiRef, ManageClient } from './api';

export const manageApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: manageApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new ManageClient({ discoveryApi, fetchApi }),
    }),
});
