/**
 * Wire types of `GET /api/catalog/git/sources`, shared by the catalog's Git
 * module (which serves them) and the Catalog sources page (which shows them).
 *
 * @packageDocumentation
 */

export type {
  GitSourceFile,
  GitSourceFileError,
  GitSourceStatus,
  GitSourcesResponse,
} from './types';
