import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { entityKubernetesContent } from './entityContents';

/**
 * A Kubernetes tab for components that says why there is nothing to show:
 * which clusters were asked, with which label selector, and what each
 * answered. Reads the upstream Kubernetes backend through `kubernetesApiRef`
 * (provided by `@backstage/plugin-kubernetes`).
 *
 * @public
 */
export const kubernetesDiagnosticsPlugin = createFrontendPlugin({
  pluginId: 'kubernetes-diagnostics',
  title: 'Kubernetes diagnostics',
  extensions: [entityKubernetesContent],
});
