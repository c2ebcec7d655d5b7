/**
 * The Manage page.
 *
 * @packageDocumentation
 */
export { managePlugin as default } from './plugin';
export { manageApiRef, ManageClient } from './api';
export type { ManageApi } from './api';
