/**
 * Scaffolder form fields of the portal (`ui:field: ComponentNamePicker`).
 *
 * @packageDocumentation
 */
export { scaffolderModulePortal as default } from './module';
export { componentNamesApiRef, ComponentNamesClient } from './api';
export type { ComponentNamesApi } from './api';
