import { Entity } from '@backstage/catalog-model';

/**
 * A small organisation as the catalog serves it (relations included): two
 * domains, three systems (one without a domain), components, an API, a
 * resource, a tool, groups and users.
 */

type Relation = { type: string; targetRef: string };

function entity(
  kind: string,
  name: string,
  fields: {
    title?: string;
    description?: string;
    annotations?: Record<string, string>;
    links?: { url: string; title?: string; icon?: string }[];
    tags?: string[];
    spec?: Entity['spec'];
    relations?: Relation[];
  } = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: {
      name,
      namespace: 'default',
      ...(fields.title && { title: fields.title }),
      ...(fields.description && { description: fields.description }),
      ...(fields.annotations && { annotations: fields.annotations }),
      ...(fields.links && { links: fields.links }),
      ...(fields.tags && { tags: fields.tags }),
    },
    spec: fields.spec ?? {},
    relations: fields.relations ?? [],
  };
}

const ownedBy = (group: string) => ({
  type: 'ownedBy',
  targetRef: `group:default/${group}`,
});
const partOf = (kind: string, name: string) => ({
  type: 'partOf',
  targetRef: `${kind}:default/${name}`,
});
const docs = { 'backstage.io/techdocs-ref': 'dir:.' };

export const domains = [
  entity('Domain', 'commerce', {
    description: 'Everything a customer touches when buying.',
    spec: { owner: 'payments-team' },
    relations: [ownedBy('payments-team')],
  }),
  entity('Domain', 'developer-platform', {
    title: 'Developer Platform',
    description: 'Internal tooling.',
    spec: { owner: 'platform-team' },
    relations: [ownedBy('platform-team')],
  }),
];

export const systems = [
  entity('System', 'payments', {
    description: 'Card authorisation, refunds and the ledger.',
    spec: { owner: 'payments-team', domain: 'commerce' },
    relations: [ownedBy('payments-team'), partOf('domain', 'commerce')],
  }),
  entity('System', 'storefront', {
    description: 'The web shop.',
    spec: { owner: 'web-team', domain: 'commerce' },
    relations: [ownedBy('web-team'), partOf('domain', 'commerce')],
  }),
  // No domain: must land in "Other".
  entity('System', 'reporting', {
    description: 'Monthly finance reports.',
    spec: { owner: 'payments-team' },
    relations: [ownedBy('payments-team')],
  }),
];

export const components = [
  entity('Component', 'payments-service', {
    title: 'Payments Service',
    description: 'Authorises, captures and refunds card payments.',
    annotations: docs,
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'payments-team',
      system: 'payments',
    },
    relations: [ownedBy('payments-team'), partOf('system', 'payments')],
  }),
  entity('Component', 'ledger-service', {
    title: 'Ledger Service',
    description: 'Double-entry ledger.',
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'payments-team',
      system: 'payments',
    },
    relations: [ownedBy('payments-team'), partOf('system', 'payments')],
  }),
  entity('Component', 'checkout-web', {
    title: 'Checkout Web',
    annotations: docs,
    spec: {
      type: 'website',
      lifecycle: 'production',
      owner: 'web-team',
      system: 'storefront',
    },
    relations: [ownedBy('web-team'), partOf('system', 'storefront')],
  }),
  // No system: must land in "Other" → "Without a system".
  entity('Component', 'legacy-batch', {
    title: 'Legacy Batch',
    spec: { type: 'service', lifecycle: 'deprecated', owner: 'payments-team' },
    relations: [ownedBy('payments-team')],
  }),
];

export const apis = [
  entity('API', 'payments-api', {
    description: 'REST API of the payments service.',
    spec: {
      type: 'openapi',
      lifecycle: 'production',
      owner: 'payments-team',
      system: 'payments',
    },
    relations: [ownedBy('payments-team'), partOf('system', 'payments')],
  }),
];

export const resources = [
  entity('Resource', 'payments-db', {
    spec: { type: 'database', owner: 'payments-team', system: 'payments' },
    relations: [ownedBy('payments-team'), partOf('system', 'payments')],
  }),
];

export const tools = [
  entity('Component', 'northwind-cli', {
    title: 'Northwind CLI',
    description: 'Everyday platform chores from the terminal.',
    annotations: docs,
    links: [{ url: 'https://tools.example.com/cli', title: 'Download' }],
    tags: ['cli'],
    spec: {
      type: 'tool',
      lifecycle: 'production',
      owner: 'platform-team',
    },
    relations: [ownedBy('platform-team')],
  }),
];

export const groups = [
  entity('Group', 'payments-team', {
    description: 'Owns card payments and the ledger.',
    links: [
      {
        url: 'https://chat.example.com/channels/payments',
        title: '#payments',
        icon: 'chat',
      },
      { url: 'https://wiki.example.com/payments', title: 'Wiki' },
    ],
    spec: {
      type: 'team',
      parent: 'engineering',
      profile: {
        displayName: 'Payments Team',
        email: 'payments@example.com',
      },
      children: [],
    },
    relations: [
      { type: 'childOf', targetRef: 'group:default/engineering' },
      { type: 'hasMember', targetRef: 'user:default/amara' },
      { type: 'ownerOf', targetRef: 'component:default/payments-service' },
      { type: 'ownerOf', targetRef: 'system:default/payments' },
      { type: 'ownerOf', targetRef: 'api:default/payments-api' },
      { type: 'ownerOf', targetRef: 'domain:default/commerce' },
    ],
  }),
  entity('Group', 'platform-team', {
    description: 'Runs the portal.',
    spec: {
      type: 'team',
      profile: { displayName: 'Platform Team' },
      children: [],
    },
  }),
];

export const users = [
  // A member through the group's hasMember relation and spec.memberOf.
  entity('User', 'amara', {
    spec: {
      profile: { displayName: 'Amara Okafor', email: 'amara@example.com' },
      memberOf: ['payments-team'],
    },
    relations: [{ type: 'memberOf', targetRef: 'group:default/payments-team' }],
  }),
  // A member through spec.memberOf only (relations not produced yet).
  entity('User', 'guest', {
    spec: {
      profile: { displayName: 'Demo Guest', email: 'guest@example.com' },
      memberOf: ['payments-team'],
    },
  }),
];

export const catalog: Entity[] = [
  ...domains,
  ...systems,
  ...components,
  ...apis,
  ...resources,
  ...tools,
  ...groups,
  ...users,
];
