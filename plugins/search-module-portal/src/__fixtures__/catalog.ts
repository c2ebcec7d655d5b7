import { Entity } from '@backstage/catalog-model';

function group(name: string, displayName: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: { type: 'team', profile: { displayName }, children: [] },
  };
}

function component(
  name: string,
  type: string,
  lifecycle: string,
  owner: string,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default' },
    spec: { type, lifecycle, owner },
  };
}

/** A slice of the demo catalog; one service names its owner by full reference. */
export const entities: Entity[] = [
  group('payments-team', 'Payments Team'),
  group('web-team', 'Web Team'),
  component('payments-service', 'service', 'production', 'payments-team'),
  component(
    'refunds-service',
    'service',
    'experimental',
    'group:default/payments-team',
  ),
  component('checkout-web', 'website', 'deprecated', 'web-team'),
  component('legacy-batch', 'service', 'production', 'ghost-team'),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'API',
    metadata: { name: 'payments-api', namespace: 'default' },
    spec: {
      type: 'openapi',
      lifecycle: 'production',
      owner: 'payments-team',
      definition: '{}',
    },
  },
];
