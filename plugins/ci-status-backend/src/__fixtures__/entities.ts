import type { Entity } from '@backstage/catalog-model';

export const DEMO_GITHUB_HOST = 'demo-github.localhost';
export const DEMO_GITLAB_HOST = 'demo-gitlab.localhost';

function component(name: string, annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', annotations },
    spec: { type: 'service', lifecycle: 'production', owner: 'payments-team' },
  };
}

const onDemoGithub = (name: string) =>
  component(name, {
    'github.com/project-slug': `northwind/${name}`,
    'github.com/host': DEMO_GITHUB_HOST,
  });

export const entities: Entity[] = [
  onDemoGithub('payments-service'),
  onDemoGithub('ledger-service'),
  onDemoGithub('notification-service'),
  onDemoGithub('checkout-web'),
  onDemoGithub('design-system'),
  component('checkout-web-on-gitlab', {
    'gitlab.com/project-slug': 'northwind/checkout-web',
    'gitlab.com/instance': DEMO_GITLAB_HOST,
  }),
  component('no-ci', {}),
  component('on-unknown-host', {
    'github.com/project-slug': 'northwind/payments-service',
    'github.com/host': 'ghe.example.com',
  }),
  component('missing-repo', {
    'github.com/project-slug': 'northwind/does-not-exist',
    'github.com/host': DEMO_GITHUB_HOST,
  }),
];
