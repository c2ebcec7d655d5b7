/**
 * The manage backend: CI and Kubernetes status of every component a team owns.
 *
 * @packageDocumentation
 */
export { managePlugin as default } from './plugin';
