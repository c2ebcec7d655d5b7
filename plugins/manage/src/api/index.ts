export { manageApiRef } from './ManageApi';
export type { ManageApi } from './ManageApi';
export { ManageClient } from './ManageClient';
