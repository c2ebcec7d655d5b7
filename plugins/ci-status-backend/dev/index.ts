import { createBackend } from '@backstage/backend-defaults';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';

// The ci-status backend with a one-entity catalog, against github.com:
//   yarn start, then
//   curl 'http://localhost:7007/api/ci-status/runs?entityRef=component:default/backstage'
const backend = createBackend();
backend.add(mockServices.auth.factory());
backend.add(mockServices.httpAuth.factory());
backend.add(
  catalogServiceMock.factory({
    entities: [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'backstage',
          annotations: { 'github.com/project-slug': 'backstage/backstage' },
        },
        spec: { type: 'website', lifecycle: 'production', owner: 'me' },
      },
    ],
  }),
);
backend.add(import('../src'));
backend.start();
