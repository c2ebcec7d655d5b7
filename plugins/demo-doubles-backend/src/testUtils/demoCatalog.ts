import type { Entity } from '@backstage/catalog-model';

/**
 * The demo catalog (demo/catalog) as the catalog serves it, relations
 * included, for tests that need the demo organisation and its components
 * without running the catalog. CI annotations point at the demo GitHub host.
 */

const GROUPS: Record<string, string[]> = {
  engineering: ['platform-team', 'payments-team', 'web-team'],
  'platform-team': [],
  'payments-team': [],
  'web-team': [],
};

function group(name: string): Entity {
  const parent = Object.keys(GROUPS).find(g => GROUPS[g].includes(name));
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: {
      type: name === 'engineering' ? 'department' : 'team',
      children: GROUPS[name],
      ...(parent && { parent }),
    },
    relations: [
      ...GROUPS[name].map(child => ({
        type: 'parentOf',
        targetRef: `group:default/${child}`,
      })),
      ...(parent
        ? [{ type: 'childOf', targetRef: `group:default/${parent}` }]
        : []),
    ],
  };
}

export interface DemoComponentOptions {
  title?: string;
  type?: string;
  lifecycle?: string;
  annotations?: Record<string, string>;
}

/** A component owned by a demo team, with the relations the catalog adds. */
export function demoComponent(
  name: string,
  owner: string,
  options: DemoComponentOptions = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      ...(options.title && { title: options.title }),
      annotations: options.annotations ?? {
        'backstage.io/techdocs-ref': 'dir:.',
        'backstage.io/kubernetes-id': name,
        'github.com/project-slug': `northwind/${name}`,
        'github.com/host': 'demo-github.localhost',
      },
    },
    spec: {
      type: options.type ?? 'service',
      lifecycle: options.lifecycle ?? 'production',
      owner,
    },
    relations: [{ type: 'ownedBy', targetRef: `group:default/${owner}` }],
  };
}

export const demoCatalogEntities: Entity[] = [
  ...Object.keys(GROUPS).map(group),
  demoComponent('payments-service', 'payments-team', {
    title: 'Payments Service',
  }),
  demoComponent('ledger-service', 'payments-team', { title: 'Ledger Service' }),
  demoComponent('notification-service', 'platform-team', {
    title: 'Notification Service',
  }),
  demoComponent('checkout-web', 'web-team', {
    title: 'Checkout Web',
    type: 'website',
  }),
  demoComponent('design-system', 'web-team', {
    title: 'Design System',
    type: 'library',
    lifecycle: 'experimental',
  }),
];
