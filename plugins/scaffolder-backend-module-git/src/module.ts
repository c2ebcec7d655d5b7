import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createPublishGitAction } from './actions/publishGit';
import { createValidateComponentAction } from './actions/validateComponent';
import { createWaitForEntityAction } from './actions/waitForEntity';

/**
 * Scaffolder actions for the portal's own Git server: `publish:git`,
 * `portal:component:validate` and `portal:entity:wait`.
 *
 * @public
 */
export const scaffolderModuleGit = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'git',
  register({ registerInit }) {
    registerInit({
      deps: {
        scaffolderActions: scaffolderActionsExtensionPoint,
        config: coreServices.rootConfig,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        catalog: catalogServiceRef,
      },
      async init({ scaffolderActions, config, discovery, auth, catalog }) {
        scaffolderActions.addActions(
          createValidateComponentAction({ config, catalog, discovery, auth }),
          createPublishGitAction({ config, discovery, auth }),
          createWaitForEntityAction({ catalog }),
        );
      },
    });
  },
});
