export { ciStatusApiRef } from './CiStatusApi';
export type { CiStatusApi } from './CiStatusApi';
export { CiStatusClient } from './CiStatusClient';
