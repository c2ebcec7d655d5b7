/**
 * Browse page for the portal's built-in Git server:
 * `/git-server/<name>?ref=<branch>&path=<path>`.
 *
 * @packageDocumentation
 */
export { gitServerPlugin as default } from './plugin';
export { gitServerApiRef, GitServerClient } from './api';
export type { GitServerApi, GitServerContents } from './api';
