import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createPublishGitAction } from './actions/publishGit';
import { createValidateComponentAction } from './actions/validateComponent';
import { createWaitForEntityAction } from './actions/waitForEntity';
import { ComponentNameChecker } from './lib/ComponentNameChecker';
import { readGitTargetConfig } from './lib/config';
import { GitServerClient } from './lib/GitServerClient';
import { createRouter } from './router';

/**
 * Scaffolder actions for the portal's own Git server: `publish:git`,
 * `portal:component:validate` and `portal:entity:wait`, and the name check
 * the `ComponentNamePicker` form field calls
 * (`GET /api/scaffolder/portal/component-names/:name`).
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
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        catalog: catalogServiceRef,
      },
      async init({
        scaffolderActions,
        config,
        discovery,
        auth,
        httpAuth,
        httpRouter,
        catalog,
      }) {
        scaffolderActions.addActions(
          createValidateComponentAction({ config, catalog, discovery, auth }),
          createPublishGitAction({ config, discovery, auth }),
          createWaitForEntityAction({ catalog }),
        );
        const target = readGitTargetConfig(config);
        const checker = new ComponentNameChecker({
          catalog,
          gitServer: target
            ? new GitServerClient({
                discovery,
                auth,
                pluginId: target.pluginId,
              })
            : undefined,
        });
        httpRouter.use(createRouter({ httpAuth, checker }));
      },
    });
  },
});
