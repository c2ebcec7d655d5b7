/**
 * Scaffolder actions that publish new repositories to the portal's built-in
 * Git server (`publish:git`), check a new component's name and owner
 * (`portal:component:validate`) and wait for a registered entity
 * (`portal:entity:wait`).
 *
 * @packageDocumentation
 */

export { scaffolderModuleGit as default } from './module';
export { createPublishGitAction } from './actions/publishGit';
export { createValidateComponentAction } from './actions/validateComponent';
export { createWaitForEntityAction } from './actions/waitForEntity';
