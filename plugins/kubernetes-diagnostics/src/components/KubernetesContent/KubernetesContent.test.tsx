import { Entity } from '@backstage/catalog-model';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { ObjectsByEntityResponse } from '@backstage/plugin-kubernetes-common';
import {
  KubernetesApi,
  kubernetesApiRef,
  kubernetesAuthProvidersApiRef,
} from '@backstage/plugin-kubernetes-react';
import { fireEvent, screen, within } from '@testing-library/react';
import {
  SELECTOR,
  annotatedComponent,
  clusterWithErrors,
  clusterWithObjects,
  clusters,
  component,
  connectionRefused,
  statusErrors,
} from '../../__fixtures__/kubernetes';
import { KubernetesContent } from './KubernetesContent';

// The first render of a test app loads lazily; allow it more than findBy's default second.
jest.setTimeout(30_000);
const slow = { timeout: 10_000 };

function render(
  entity: Entity,
  getObjectsByEntity: KubernetesApi['getObjectsByEntity'],
) {
  const kubernetesApi = {
    getClusters: jest.fn().mockResolvedValue(clusters),
    getObjectsByEntity: jest.fn(getObjectsByEntity),
  };
  const authProvidersApi = {
    decorateRequestBodyForAuth: jest.fn(async (_provider, body) => body),
    getCredentials: jest.fn(),
  };
  return {
    kubernetesApi,
    rendered: renderInTestApp(
      <EntityProvider entity={entity}>
        <KubernetesContent />
      </EntityProvider>,
      {
        apis: [
          [kubernetesApiRef, kubernetesApi as Partial<KubernetesApi>],
          [kubernetesAuthProvidersApiRef, authProvidersApi],
        ],
      },
    ),
  };
}

const answer = (response: ObjectsByEntityResponse) => async () => response;

function rowOf(clusterTitle: string): HTMLElement {
  return screen.getByRole('cell', { name: clusterTitle }).closest('tr')!;
}

describe('KubernetesContent', () => {
  it('shows the objects of the clusters that have some, as the upstream tab does', async () => {
    const { kubernetesApi } = render(
      annotatedComponent,
      answer({ items: [clusterWithObjects('prod-eu', 'Production EU')] }),
    );
    // The other cluster matched nothing: said once, above the objects.
    expect(
      await screen.findByText('Clusters asked', {}, slow),
    ).toBeInTheDocument();
    expect(
      within(rowOf('prod-us')).getByText('Nothing matched'),
    ).toBeInTheDocument();
    expect(
      within(rowOf('Production EU')).getByText('Found 2 objects'),
    ).toBeInTheDocument();
    // The upstream cluster accordion, with the entity's deployment in it.
    const accordion = screen.getByRole('button', { name: /Production EU/ });
    expect(accordion).toHaveTextContent(/Cluster.*1 pod.*No pods with errors/);
    fireEvent.click(accordion);
    expect(await screen.findByText('ledger-service')).toBeInTheDocument();
    expect(kubernetesApi.getObjectsByEntity).toHaveBeenCalledWith({
      entity: annotatedComponent,
      auth: {},
    });
  });

  it('names each cluster, the selector and the cause when one matched nothing and another refused', async () => {
    render(
      annotatedComponent,
      answer({ items: [clusterWithErrors('prod-us', statusErrors(403))] }),
    );
    expect(
      await screen.findByText(
        'No Kubernetes objects found for ledger-service',
        {},
        slow,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/The portal asked 2 clusters for objects with labels/),
    ).toHaveTextContent(
      `The portal asked 2 clusters for objects with labels ${SELECTOR} in any namespace.`,
    );

    const eu = rowOf('Production EU');
    expect(within(eu).getByText('Nothing matched')).toBeInTheDocument();
    expect(
      within(eu).getByText(
        `Production EU answered, and no object in any namespace has labels matching ${SELECTOR}.`,
      ),
    ).toBeInTheDocument();
    expect(
      within(eu).getByText(new RegExp(`kubectl get all -A -l '${SELECTOR}'`)),
    ).toBeInTheDocument();

    const us = rowOf('prod-us');
    expect(within(us).getByText('Forbidden (403)')).toBeInTheDocument();
    expect(
      within(us).getByText(
        "prod-us refused to list 13 resource types (/api/v1/pods, /api/v1/services, …) for the portal's credentials.",
      ),
    ).toBeInTheDocument();
    expect(
      within(us).getByText(/service account on prod-us get\/list\/watch/),
    ).toBeInTheDocument();
  });

  it('says which cluster could not be reached, and why', async () => {
    render(
      component({
        'backstage.io/kubernetes-label-selector': 'app=ledger',
        'backstage.io/kubernetes-namespace': 'payments',
      }),
      answer({ items: [clusterWithErrors('prod-us', [connectionRefused])] }),
    );
    expect(
      await screen.findByText(
        'No Kubernetes objects found for ledger-service',
        {},
        slow,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/^For objects with labels/)).toHaveTextContent(
      'For objects with labels app=ledger in namespace payments (from backstage.io/kubernetes-label-selector)',
    );
    const us = rowOf('prod-us');
    expect(within(us).getByText('Unreachable')).toBeInTheDocument();
    expect(
      within(us).getByText(
        /The portal could not connect to prod-us: .*connect ECONNREFUSED 10\.20\.0\.1:6443/,
      ),
    ).toBeInTheDocument();
    expect(
      within(rowOf('Production EU')).getByText('Nothing matched'),
    ).toBeInTheDocument();
  });

  it('names the annotation to add, without asking the backend', async () => {
    const { kubernetesApi } = render(component(), answer({ items: [] }));
    expect(
      await screen.findAllByText(/backstage\.io\/kubernetes-id/, {}, slow),
    ).not.toHaveLength(0);
    expect(
      screen.getByText('backstage.io/kubernetes-label-selector'),
    ).toBeInTheDocument();
    expect(kubernetesApi.getObjectsByEntity).not.toHaveBeenCalled();
    expect(kubernetesApi.getClusters).not.toHaveBeenCalled();
  });

  it('says what failed when the Kubernetes backend cannot be asked', async () => {
    render(annotatedComponent, async () => {
      throw new Error('Request failed with 503 Service Unavailable, ');
    });
    expect(
      await screen.findByText(
        /Could not ask the portal's Kubernetes backend/,
        {},
        slow,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/503 Service Unavailable/)).toBeInTheDocument();
  });
});
