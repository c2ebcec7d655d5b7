import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { BackendPluginClient } from './clients/BackendPluginClient';
import { CiStatusBackendClient } from './clients/CiStatusBackendClient';
import { KubernetesBackendClient } from './clients/KubernetesBackendClient';
import { readManageConfig } from './config';
import { createRouter } from './router';
import { ManageOverviewService } from './services/ManageOverviewService';

/**
 * Manage: `GET /api/manage/overview?owner=group:default/team` returns every
 * component the owners (and the groups below them) own, with its CI status
 * from the ci-status backend and its Kubernetes status from the Kubernetes
 * backend.
 *
 * @public
 */
export const managePlugin = createBackendPlugin({
  pluginId: 'manage',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        cache: coreServices.cache,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        catalog: catalogServiceRef,
      },
      async init({
        config,
        logger,
        cache,
        auth,
        discovery,
        httpAuth,
        httpRouter,
        catalog,
      }) {
        const manageConfig = readManageConfig(config);
        const clientDeps = {
          discovery,
          auth,
          timeoutMs: manageConfig.requestTimeoutMs,
        };
        const overview = new ManageOverviewService({
          catalog,
          cache,
          logger,
          config: manageConfig,
          ciStatus: new CiStatusBackendClient(
            new BackendPluginClient(
              clientDeps,
              'ci-status',
              'ci-status backend',
            ),
          ),
          kubernetes: new KubernetesBackendClient(
            new BackendPluginClient(
              clientDeps,
              'kubernetes',
              'Kubernetes backend',
            ),
          ),
        });
        httpRouter.use(createRouter({ httpAuth, overview }));
      },
    });
  },
});
