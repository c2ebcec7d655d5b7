/**
 * The ci-status backend: latest CI runs of a catalog entity's default branch.
 *
 * @packageDocumentation
 */
export { ciStatusPlugin as default } from './plugin';
