import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
// Tests run the real Git server plugin next to this module.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import gitServerPlugin from '@internal/plugin-git-server-backend';
import { AddressInfo } from 'node:net';

/** The portal's real Git server plugin, running on a loopback port. */
export type TestGitServer = {
  /** `http://localhost:<port>/api/git-server` */
  baseUrl: string;
  discovery: DiscoveryService;
  auth: AuthService;
  stop(): Promise<void>;
};

/** Starts the git-server-backend plugin serving `rootDirectory`. */
export async function startGitServer(
  rootDirectory: string,
): Promise<TestGitServer> {
  const backend = await startTestBackend({
    features: [
      gitServerPlugin,
      mockServices.rootConfig.factory({
        data: { gitServer: { rootDirectory } },
      }),
    ],
  });
  const { port } = backend.server.address() as AddressInfo;
  const baseUrl = `http://localhost:${port}/api/git-server`;
  return {
    baseUrl,
    discovery: {
      getBaseUrl: async () => baseUrl,
      getExternalBaseUrl: async () => baseUrl,
    },
    // Mock service tokens, which the test backend's mock httpAuth accepts.
    auth: mockServices.auth({ pluginId: 'scaffolder' }),
    stop: () => backend.stop(),
  };
}

/** Discovery that points at a port nothing listens on: a Git server that is down. */
export const unreachableDiscovery: DiscoveryService = {
  getBaseUrl: async () => 'http://127.0.0.1:9/api/git-server',
  getExternalBaseUrl: async () => 'http://127.0.0.1:9/api/git-server',
};
