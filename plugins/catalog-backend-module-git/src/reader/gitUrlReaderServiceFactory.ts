import { createServiceFactory } from '@backstage/backend-plugin-api';
import { urlReaderFactoriesServiceRef } from '@backstage/backend-defaults/urlReader';
import { gitRepositoryCacheServiceRef } from '../lib/gitRepositoryCacheServiceRef';
import { GitUrlReader } from './GitUrlReader';

/**
 * Adds the `git+<remote>/-/blob/<branch>/<path>` URL reader to the URL reader
 * service of every plugin (catalog, TechDocs, scaffolder, ...), reading from
 * the backend's shared Git mirrors.
 *
 * ```ts
 * backend.add(gitUrlReaderServiceFactory);
 * ```
 *
 * @public
 */
export const gitUrlReaderServiceFactory = createServiceFactory({
  service: urlReaderFactoriesServiceRef,
  deps: { cache: gitRepositoryCacheServiceRef },
  async factory({ cache }) {
    return GitUrlReader.factory({ cache });
  },
});
