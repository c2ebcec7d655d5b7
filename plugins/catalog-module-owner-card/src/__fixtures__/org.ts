import { Entity } from '@backstage/catalog-model';

/** A slice of the demo organisation, with the relations the catalog adds. */
export const engineering: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'engineering', namespace: 'default', uid: 'g-eng' },
  spec: { type: 'department', profile: { displayName: 'Engineering' } },
  relations: [{ type: 'parentOf', targetRef: 'group:default/payments-team' }],
};

export const paymentsTeam: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: {
    name: 'payments-team',
    namespace: 'default',
    uid: 'g-pay',
    description: 'Owns card payments, refunds and the double-entry ledger.',
    links: [
      {
        url: 'https://chat.northwind.example/channels/payments',
        title: '#payments',
        icon: 'chat',
      },
      { url: 'https://wiki.northwind.example/payments', title: 'Team wiki' },
    ],
  },
  spec: {
    type: 'team',
    parent: 'engineering',
    profile: {
      displayName: 'Payments Team',
      email: 'payments@northwind.example',
    },
  },
  relations: [
    { type: 'childOf', targetRef: 'group:default/engineering' },
    { type: 'hasMember', targetRef: 'user:default/amara-okafor' },
    { type: 'hasMember', targetRef: 'user:default/guest' },
  ],
};

export const amara: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: 'amara-okafor', namespace: 'default', uid: 'u-amara' },
  spec: {
    profile: {
      displayName: 'Amara Okafor',
      email: 'amara.okafor@northwind.example',
    },
    memberOf: ['payments-team'],
  },
  relations: [{ type: 'memberOf', targetRef: 'group:default/payments-team' }],
};

export const guest: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: 'guest', namespace: 'default', uid: 'u-guest' },
  spec: { profile: { displayName: 'Demo Guest' }, memberOf: ['payments-team'] },
  relations: [{ type: 'memberOf', targetRef: 'group:default/payments-team' }],
};

export function component(name: string, owner?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', uid: `c-${name}` },
    spec: { type: 'service', lifecycle: 'production', ...(owner && { owner }) },
    relations: owner
      ? [
          {
            type: 'ownedBy',
            targetRef: owner.includes(':') ? owner : `group:default/${owner}`,
          },
        ]
      : [],
  };
}

export const org = [engineering, paymentsTeam, amara, guest];
