import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import path from 'node:path';
import { BareRepositories } from './lib/BareRepositories';
import { createRouter } from './router';

/**
 * A Git server on the portal's own origin, for the embedded default: the
 * scaffolder publishes new repositories here and `git clone` works against
 * it. Disabled unless `gitServer.rootDirectory` is configured.
 */
export const gitServerPlugin = createBackendPlugin({
  pluginId: 'git-server',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        discovery: coreServices.discovery,
      },
      async init({ config, logger, httpRouter, httpAuth, discovery }) {
        const rootDirectory = config.getOptionalString(
          'gitServer.rootDirectory',
        );
        if (!rootDirectory) {
          logger.info(
            'gitServer.rootDirectory is not set; the Git server is off',
          );
          return;
        }
        const repositories = new BareRepositories(path.resolve(rootDirectory));
        logger.info(`Serving Git repositories from ${repositories.root}`);
        httpRouter.use(
          await createRouter({
            repositories,
            httpAuth,
            cloneUrl: async name =>
              `${await discovery.getExternalBaseUrl(
                'git-server',
              )}/repos/${name}.git`,
          }),
        );
        // Git clients cannot present Backstage tokens; the server only runs
        // in the embedded default, which listens on the developer's machine.
        httpRouter.addAuthPolicy({ path: '/repos', allow: 'unauthenticated' });
      },
    });
  },
});
