/**
 * A catalog entity provider that reads catalog files from any Git remote
 * (https, ssh, file://), refreshed on schedule and on push webhooks, with a
 * `git+<remote>/-/blob/<branch>/<path>` URL reader for the catalog, TechDocs
 * and the scaffolder.
 *
 * @packageDocumentation
 */

import { createBackendFeatureLoader } from '@backstage/backend-plugin-api';
import { catalogModuleGit } from './module';
import { eventsModuleGitWebhooks } from './eventsModule';

export { catalogModuleGit } from './module';
export { eventsModuleGitWebhooks } from './eventsModule';
export { gitUrlReaderServiceFactory } from './reader/gitUrlReaderServiceFactory';
export { GitUrlReader } from './reader/GitUrlReader';
export { gitRepositoryCacheServiceRef } from './lib/gitRepositoryCacheServiceRef';
export { GitRepositoryCache } from './lib/GitRepositoryCache';
export type { GitFetchResult, GitObjectInfo } from './lib/GitRepositoryCache';
export { GitEntityProvider } from './providers/GitEntityProvider';
export { GitTemplateFetchUrlProcessor } from './processors/GitTemplateFetchUrlProcessor';
export type { GitEntityProviderStatus } from './providers/GitEntityProvider';
export { formatGitUrl, parseGitUrl } from './lib/gitUrl';
export type { GitUrlParts } from './lib/gitUrl';
export { redactRemote, normalizeRemote } from './lib/remotes';

/**
 * The feature to add to the backend: the catalog module (providers, push
 * refresh, status route) and the events module (webhook validation; it needs
 * `@backstage/plugin-events-backend`).
 *
 * ```ts
 * backend.add(import('@internal/plugin-catalog-backend-module-git'));
 * backend.add(gitUrlReaderServiceFactory);
 * ```
 *
 * @public
 */
export default createBackendFeatureLoader({
  loader: () => [catalogModuleGit, eventsModuleGitWebhooks],
});
