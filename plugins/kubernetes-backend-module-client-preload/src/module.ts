import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { preloadKubernetesClient } from './preload';

/**
 * Loads the Kubernetes client once the backend has started, without holding
 * up the start: by the time the first user asks for Kubernetes status, the
 * module is in memory.
 *
 * @public
 */
export const kubernetesModuleClientPreload = createBackendModule({
  pluginId: 'kubernetes',
  moduleId: 'client-preload',
  register(reg) {
    reg.registerInit({
      deps: {
        logger: coreServices.logger,
        lifecycle: coreServices.lifecycle,
      },
      async init({ logger, lifecycle }) {
        lifecycle.addStartupHook(() => {
          void preloadKubernetesClient(logger);
        });
      },
    });
  },
});
