import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { GitRepositoryCache } from './GitRepositoryCache';

/**
 * The one GitRepositoryCache of the backend (root scope), shared by the
 * entity provider in the catalog and the `git+` URL reader in every plugin,
 * so that each remote is mirrored and fetched once.
 *
 * @public
 */
export const gitRepositoryCacheServiceRef =
  createServiceRef<GitRepositoryCache>({
    id: 'portal.git.repositoryCache',
    scope: 'root',
    defaultFactory: async service =>
      createServiceFactory({
        service,
        deps: {
          config: coreServices.rootConfig,
          rootLogger: coreServices.rootLogger,
        },
        factory: ({ config, rootLogger }) =>
          GitRepositoryCache.fromConfig(config, {
            logger: rootLogger.child({ service: 'git-repository-cache' }),
          }),
      }),
  });
