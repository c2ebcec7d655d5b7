import {
  ApiBlueprint,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { ciStatusApiRef, CiStatusClient } from './api';

export const ciStatusApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: ciStatusApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new CiStatusClient({ discoveryApi, fetchApi }),
    }),
});
