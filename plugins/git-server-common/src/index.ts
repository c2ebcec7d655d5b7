/**
 * What the portal's built-in Git server (`@internal/plugin-git-server-backend`)
 * shares with its browse page (`@internal/plugin-git-server`): the wire types
 * of `GET /api/git-server/repositories` and
 * `GET /api/git-server/repositories/:name/contents`.
 *
 * @packageDocumentation
 */

export { GIT_SERVER_MAX_TEXT_BYTES } from './types';
export type {
  GitServerBlobContents,
  GitServerContents,
  GitServerContentsBase,
  GitServerEmptyContents,
  GitServerRepository,
  GitServerRepositoryList,
  GitServerTreeContents,
  GitServerTreeEntry,
} from './types';
