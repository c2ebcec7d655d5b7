import { createApiRef } from '@backstage/frontend-plugin-api';
import type { CiRunsResponse } from '@internal/plugin-ci-status-common';

/** The ci-status backend, as the frontend sees it. @public */
export interface CiStatusApi {
  /** Latest runs of the entity's default branch; see the backend's README. */
  getRuns(entityRef: string): Promise<CiRunsResponse>;
}

/** @public */
export const ciStatusApiRef = createApiRef<CiStatusApi>({
  id: 'plugin.ci-status.service',
});
