/**
 * Loads `@kubernetes/client-node` while the backend starts.
 *
 * @packageDocumentation
 */
export { kubernetesModuleClientPreload as default } from './module';
export { preloadKubernetesClient } from './preload';
