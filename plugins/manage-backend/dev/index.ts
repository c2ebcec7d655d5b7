import { createBackend } from '@backstage/backend-defaults';

// The manage backend alone; it needs the catalog, ci-status and Kubernetes
// backends, so to try it start the whole backend (`yarn start` at the repo root):
//   curl -H "Authorization: Bearer $TOKEN" 'http://localhost:7007/api/manage/overview?owner=group:default/engineering'
const backend = createBackend();
backend.add(import('../src'));
backend.start();
