export { CiRunsContent } from './CiRunsContent';
