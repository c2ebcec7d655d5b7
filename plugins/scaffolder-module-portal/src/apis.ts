import {
  ApiBlueprint,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { componentNamesApiRef, ComponentNamesClient } from './api';

export const componentNamesApi = ApiBlueprint.make({
  name: 'component-names',
  params: defineParams =>
    defineParams({
      api: componentNamesApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new ComponentNamesClient({ discoveryApi, fetchApi }),
    }),
});
