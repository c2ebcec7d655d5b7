export { ManagePage } from './ManagePage';
