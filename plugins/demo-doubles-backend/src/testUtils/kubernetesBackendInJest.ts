/**
 * Jest runs here without `--experimental-vm-modules`, so code in
 * node_modules cannot use `import()`. The upstream Kubernetes backend uses it
 * in two places on our path, both loading `@kubernetes/client-node` (an ES
 * module) for a case the tests do not have: `KubernetesConnection.fetchArgs`
 * reads a CA for https clusters, and `ServiceAccountStrategy.getCredential`
 * reads the in-cluster token when the config has none. For an http cluster
 * with a configured token, these replacements do exactly what the originals
 * do, so everything else (cluster locator, fan-out, fetcher, error mapping)
 * runs as in production.
 */
export function useKubernetesBackendInJest() {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const {
    KubernetesConnection,
  } = require('@backstage/plugin-kubernetes-backend/dist/service/KubernetesConnection.cjs.js');
  const {
    ServiceAccountStrategy,
  } = require('@backstage/plugin-kubernetes-backend/dist/auth/ServiceAccountStrategy.cjs.js');
  /* eslint-enable @typescript-eslint/no-require-imports */

  jest
    .spyOn(ServiceAccountStrategy.prototype, 'getCredential')
    .mockImplementation(async (...args: unknown[]) => {
      const [clusterDetails] = args as [
        { authMetadata: Record<string, string> },
      ];
      const token = clusterDetails.authMetadata.serviceAccountToken;
      if (!token) {
        throw new Error(
          'Tests need a serviceAccountToken in the cluster config',
        );
      }
      return { type: 'bearer token', token };
    });

  jest
    .spyOn(KubernetesConnection.prototype, 'fetchArgs')
    .mockImplementation(async function fetchArgs(
      this: {
        buildRequestHeaders(credential: unknown): Record<string, string>;
      },
      ...args: unknown[]
    ) {
      const [clusterDetails, credential] = args as [{ url: string }, unknown];
      const url = new URL(clusterDetails.url);
      if (url.protocol !== 'http:') {
        throw new Error('Only http clusters can be used in tests');
      }
      return [
        url,
        {
          method: 'GET',
          headers: this.buildRequestHeaders(credential),
          redirect: 'manual',
        },
      ];
    });
}
