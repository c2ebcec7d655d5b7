import { LoggerService } from '@backstage/backend-plugin-api';
import { toError } from '@backstage/errors';

/**
 * Imports the Kubernetes client once, logging how long it took. The upstream
 * Kubernetes backend imports it lazily on its first cluster request, which
 * made the first Kubernetes tab or Manage overview after a start wait for it
 * (about 0.35 s of CPU on the project's 2-core machine, more under load).
 * Later imports of the same module are served from Node's module cache.
 *
 * @public
 */
export async function preloadKubernetesClient(
  logger: LoggerService,
  load: () => Promise<unknown> = () => import('@kubernetes/client-node'),
): Promise<void> {
  const started = performance.now();
  try {
    await load();
    logger.info(
      `Kubernetes client loaded in ${Math.round(
        performance.now() - started,
      )} ms`,
    );
  } catch (error) {
    // Not fatal: the Kubernetes backend tries again on its first request.
    logger.warn('Could not preload the Kubernetes client', toError(error));
  }
}
