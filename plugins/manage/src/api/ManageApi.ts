import { createApiRef } from '@backstage/frontend-plugin-api';
import type { ManageOverviewResponse } from '@internal/plugin-manage-common';

/** The manage backend, as the frontend sees it. @public */
export interface ManageApi {
  /** Every component the owners (and the groups below them) own, with CI and Kubernetes status. */
  getOverview(owners: string[]): Promise<ManageOverviewResponse>;
}

/** @public */
export const manageApiRef = createApiRef<ManageApi>({
  id: 'plugin.manage.service',
});
