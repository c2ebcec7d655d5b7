import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { componentNamesApi } from './apis';
import { componentNamePickerFormField } from './formFields';

/**
 * The portal's scaffolder form fields: `ComponentNamePicker`, which checks a
 * new component's name against the catalog and the Git server as the user
 * types, with the same check as the `portal:component:validate` step.
 *
 * @public
 */
export const scaffolderModulePortal = createFrontendModule({
  pluginId: 'scaffolder',
  extensions: [componentNamesApi, componentNamePickerFormField],
});
