/**
 * Helpers for tests that use the doubles.
 *
 * @packageDocumentation
 */
export { useKubernetesBackendInJest } from './kubernetesBackendInJest';
export { demoCatalogEntities, demoComponent } from './demoCatalog';
export type { DemoComponentOptions } from './demoCatalog';
