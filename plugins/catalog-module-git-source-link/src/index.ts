/**
 * The About card's View Source link for entities from Git: the hosting's web
 * page instead of an unopenable `git+` URL.
 *
 * @packageDocumentation
 */
export { catalogModuleGitSourceLink as default } from './module';
export { sourceLinkOf } from './lib/sourceLink';
export type { SourceLink } from './lib/sourceLink';
