import { screen } from '@testing-library/react';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { TeamServices } from './TeamServices';

function component(name: string, owner: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default' },
    spec: { type: 'service', lifecycle: 'production', owner },
    relations: [{ type: 'ownedBy', targetRef: `group:default/${owner}` }],
  };
}

// The first render of a test app loads lazily; allow it more than findBy's default second.
const slow = { timeout: 10_000 };
jest.setTimeout(30_000);

const entities = [
  component('payments-service', 'payments-team'),
  component('ledger-service', 'payments-team'),
  component('checkout-web', 'web-team'),
];

function render(ownershipEntityRefs: string[]) {
  return renderInTestApp(<TeamServices />, {
    apis: [
      catalogApiMock({ entities }),
      mockApis.identity({
        userEntityRef: 'user:default/guest',
        ownershipEntityRefs,
      }),
    ],
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
  });
}

describe('TeamServices', () => {
  it("lists only the components the user's groups own, linked", async () => {
    await render(['user:default/guest', 'group:default/payments-team']);
    const link = await screen.findByRole(
      'link',
      { name: 'payments-service' },
      slow,
    );
    expect(link).toHaveAttribute(
      'href',
      '/catalog/default/component/payments-service',
    );
    expect(screen.getByText('ledger-service')).toBeInTheDocument();
    expect(screen.queryByText('checkout-web')).not.toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /CI and Kubernetes status/ }),
    ).toHaveAttribute('href', '/manage');
  });

  it('says what to do when the user is in no group', async () => {
    await render(['user:default/guest']);
    expect(
      await screen.findByText(/not a member of any group/, undefined, slow),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'find your team in Explore' }),
    ).toHaveAttribute('href', '/explore/groups');
  });

  it('offers Create when the teams own nothing yet', async () => {
    await render(['user:default/guest', 'group:default/empty-team']);
    expect(
      await screen.findByText(/own no components yet/, undefined, slow),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Create one from a template' }),
    ).toHaveAttribute('href', '/create');
  });
});
