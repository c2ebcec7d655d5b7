/**
 * The demo catalog's components (demo/catalog/components) as the doubles know
 * them: the Kubernetes id, namespace and repository each one is annotated with.
 * design-system is a library: it has a repository and CI but no workloads.
 */
export interface DemoComponent {
  /** `backstage.io/kubernetes-id` and repository name. */
  name: string;
  /** Kubernetes namespace of its workloads; absent for a library. */
  namespace?: string;
  /** Main container image, without tag. */
  image?: string;
  containerPort?: number;
}

export const DEMO_OWNER = 'northwind';

export const DEMO_COMPONENTS: DemoComponent[] = [
  {
    name: 'payments-service',
    namespace: 'payments',
    image: 'ghcr.io/northwind/payments-service',
    containerPort: 8080,
  },
  {
    name: 'ledger-service',
    namespace: 'payments',
    image: 'ghcr.io/northwind/ledger-service',
    containerPort: 8080,
  },
  {
    name: 'notification-service',
    namespace: 'platform',
    image: 'ghcr.io/northwind/notification-service',
    containerPort: 8080,
  },
  {
    name: 'checkout-web',
    namespace: 'storefront',
    image: 'ghcr.io/northwind/checkout-web',
    containerPort: 3000,
  },
  { name: 'design-system' },
];
