export { componentNamesApiRef } from './ComponentNamesApi';
export type { ComponentNamesApi } from './ComponentNamesApi';
export { ComponentNamesClient } from './ComponentNamesClient';
