import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import {
  DefaultGithubCredentialsProvider,
  ScmIntegrations,
} from '@backstage/integration';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { readCiStatusConfig } from './config';
import { CiHttpClient } from './lib/CiHttpClient';
import { HostLimiter } from './lib/HostLimiter';
import { RateLimitGate } from './lib/RateLimitGate';
import { GithubActionsProvider } from './providers/GithubActionsProvider';
import { GitlabCiProvider } from './providers/GitlabCiProvider';
import { createRouter } from './router';
import { CiStatusService } from './services/CiStatusService';

/**
 * CI status: `GET /api/ci-status/runs?entityRef=…` returns the latest CI
 * runs of an entity's default branch from GitHub Actions or GitLab CI.
 *
 * @public
 */
export const ciStatusPlugin = createBackendPlugin({
  pluginId: 'ci-status',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        cache: coreServices.cache,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        catalog: catalogServiceRef,
      },
      async init({ config, logger, cache, httpAuth, httpRouter, catalog }) {
        const ciConfig = readCiStatusConfig(config);
        const integrations = ScmIntegrations.fromConfig(config);
        const http = new CiHttpClient({
          limiter: new HostLimiter(ciConfig.maxConcurrentRequestsPerHost),
          gate: new RateLimitGate(),
          timeoutMs: ciConfig.requestTimeoutMs,
          logger,
        });
        const ciStatus = new CiStatusService({
          catalog,
          cache,
          logger,
          config: ciConfig,
          providers: {
            github: new GithubActionsProvider(
              integrations,
              DefaultGithubCredentialsProvider.fromIntegrations(integrations),
              http,
            ),
            gitlab: new GitlabCiProvider(integrations, http),
          },
        });
        httpRouter.use(createRouter({ httpAuth, ciStatus }));
      },
    });
  },
});
