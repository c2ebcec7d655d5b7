export { gitSourcesApiRef } from './GitSourcesApi';
export type {
  GitSourcesApi,
  GitSourceFile,
  GitSourceFileError,
  GitSourceStatus,
  GitSourcesResponse,
} from './GitSourcesApi';
export { GitSourcesClient } from './GitSourcesClient';
