import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';

/**
 * The "Kubernetes" tab of every component, in place of the upstream
 * `entity-content:kubernetes/kubernetes` (disable that one in app-config):
 * the same objects view when a cluster has objects; otherwise which clusters
 * were asked, with which label selector, and what each answered; for a
 * component without Kubernetes annotations, which one to add.
 */
export const entityKubernetesContent = EntityContentBlueprint.make({
  name: 'kubernetes',
  params: {
    path: '/kubernetes',
    title: 'Kubernetes',
    group: 'deployment',
    filter: { kind: 'component' },
    loader: () =>
      import('./components/KubernetesContent').then(m => (
        <m.KubernetesContent />
      )),
  },
});
