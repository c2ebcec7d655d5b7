import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { ciStatusApi } from './apis';
import { entityCiContent, entityCiStatusCard } from './entityContents';

/**
 * CI status on entity pages: a "CI" tab with the latest default-branch runs
 * and an overview card with the latest run, for components.
 *
 * @public
 */
export const ciStatusPlugin = createFrontendPlugin({
  pluginId: 'ci-status',
  title: 'CI status',
  extensions: [ciStatusApi, entityCiContent, entityCiStatusCard],
});
