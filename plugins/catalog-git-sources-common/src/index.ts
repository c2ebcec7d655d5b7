/**
 * What the catalog's Git module shares with the frontend: the `git+` URL form
 * of files in Git repositories, the web pages of those files on the Git
 * hostings we know, and the wire types of `GET /api/catalog/git/sources`
 * (served by the module, shown by the Catalog sources page).
 *
 * @packageDocumentation
 */

export { GIT_URL_PREFIX, parseGitUrl } from './gitUrl';
export type { GitUrlParts } from './gitUrl';
export { fileWebUrl, parseRemote } from './webUrl';
export type {
  GitSourceFile,
  GitSourceFileError,
  GitSourceStatus,
  GitSourcesResponse,
} from './types';
