import { createBackend } from '@backstage/backend-defaults';

// Serves only the doubles: `yarn start` in this package, then e.g.
//   curl http://localhost:7007/api/demo/github/repos/northwind/ledger-service/actions/runs?branch=main
//   curl -H 'Authorization: Bearer x' 'http://localhost:7007/api/demo/kubernetes/api/v1/pods?labelSelector=backstage.io/kubernetes-id=ledger-service'
const backend = createBackend();
backend.add(import('../src'));
backend.start();
