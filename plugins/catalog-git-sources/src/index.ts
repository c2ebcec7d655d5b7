/**
 * The Catalog sources page: what the catalog's Git provider fetched, and the
 * errors of each catalog file.
 *
 * @packageDocumentation
 */
export { catalogGitSourcesPlugin as default } from './plugin';
export { gitSourcesApiRef, GitSourcesClient } from './api';
export type {
  GitSourcesApi,
  GitSourceFile,
  GitSourceFileError,
  GitSourceStatus,
  GitSourcesResponse,
} from './api';
