/**
 * CI status on catalog entity pages.
 *
 * @packageDocumentation
 */
export { ciStatusPlugin as default } from './plugin';
export { ciStatusApiRef, CiStatusClient } from './api';
export type { CiStatusApi } from './api';
