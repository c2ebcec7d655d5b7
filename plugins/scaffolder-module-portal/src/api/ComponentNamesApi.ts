import { createApiRef } from '@backstage/frontend-plugin-api';
import type { ComponentNameCheck } from '@internal/plugin-scaffolder-portal-common';

/** The name check of the scaffolder backend module, as the frontend sees it. @public */
export interface ComponentNamesApi {
  /**
   * Whether a new component can take `name`: the rule, the catalog and the
   * Git target, as `portal:component:validate` checks them.
   */
  checkName(
    name: string,
    options?: { namespace?: string; signal?: AbortSignal },
  ): Promise<ComponentNameCheck>;
}

/** @public */
export const componentNamesApiRef = createApiRef<ComponentNamesApi>({
  id: 'plugin.scaffolder.portal.component-names',
});
