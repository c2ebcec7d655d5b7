import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { createDemoDoublesRouter } from './router';

/**
 * Demo data: test doubles of a Kubernetes API server, GitHub's REST API and
 * GitLab's REST API under `/api/demo`, so the embedded portal shows CI and
 * Kubernetes status without any real cluster or CI host. Every answer carries
 * `x-demo-data: true`.
 *
 * @public
 */
export const demoDoublesPlugin = createBackendPlugin({
  pluginId: 'demo',
  register(env) {
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
      },
      async init({ httpRouter, logger }) {
        httpRouter.use(createDemoDoublesRouter());
        // The doubles stand in for external hosts, which callers reach with
        // their own credentials (a cluster token, a GitHub token), not Backstage's.
        httpRouter.addAuthPolicy({ path: '/', allow: 'unauthenticated' });
        logger.info(
          'Serving demo data: Kubernetes, GitHub and GitLab doubles under /api/demo',
        );
      },
    });
  },
});
