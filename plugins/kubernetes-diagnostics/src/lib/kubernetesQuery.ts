import { Entity } from '@backstage/catalog-model';
import {
  KUBERNETES_ANNOTATION,
  KUBERNETES_LABEL_SELECTOR_QUERY_ANNOTATION,
} from '@backstage/plugin-kubernetes-common';

/** Limits the namespace the Kubernetes backend lists objects in. */
export const KUBERNETES_NAMESPACE_ANNOTATION =
  'backstage.io/kubernetes-namespace';
/** With the single-tenant service locator: the one cluster an entity runs on. */
export const KUBERNETES_CLUSTER_ANNOTATION = 'backstage.io/kubernetes-cluster';

/** The annotations that give an entity Kubernetes objects; either is enough. */
export const KUBERNETES_ANNOTATIONS_TO_ADD = [
  KUBERNETES_ANNOTATION,
  KUBERNETES_LABEL_SELECTOR_QUERY_ANNOTATION,
];

/** What the Kubernetes backend asks each cluster for, for one entity. */
export interface KubernetesQuery {
  /** Sent as `labelSelector` with every list request. */
  labelSelector: string;
  /** The annotation the selector comes from. */
  source: string;
  /** Only this namespace; all namespaces when absent. */
  namespace?: string;
  /** Only this cluster (single-tenant service locator); all clusters when absent. */
  cluster?: string;
}

/**
 * The query the upstream Kubernetes backend builds from an entity's
 * annotations (`KubernetesFanOutHandler`): the label selector annotation as
 * is, otherwise `backstage.io/kubernetes-id=<id>` (the entity's name when the
 * id is empty). `undefined` when the entity
 * has neither annotation, in which case the backend is not asked at all.
 */
export function kubernetesQueryOf(entity: Entity): KubernetesQuery | undefined {
  const annotations = entity.metadata.annotations ?? {};
  const selector = annotations[KUBERNETES_LABEL_SELECTOR_QUERY_ANNOTATION];
  const id = annotations[KUBERNETES_ANNOTATION];
  if (!selector && id === undefined) {
    return undefined;
  }
  return {
    labelSelector:
      selector || `${KUBERNETES_ANNOTATION}=${id || entity.metadata.name}`,
    source: selector
      ? KUBERNETES_LABEL_SELECTOR_QUERY_ANNOTATION
      : KUBERNETES_ANNOTATION,
    namespace: annotations[KUBERNETES_NAMESPACE_ANNOTATION] || undefined,
    cluster: annotations[KUBERNETES_CLUSTER_ANNOTATION] || undefined,
  };
}
