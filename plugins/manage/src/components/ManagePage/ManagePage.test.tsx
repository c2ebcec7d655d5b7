import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { manageApiRef, ManageApi } from '../../api';
import { overview } from '../../__fixtures__/overview';
import { ManagePage } from './ManagePage';

// The first render of a test app loads lazily; allow it more than findBy's default second.
const slow = { timeout: 10_000 };

function render(
  getOverview: ManageApi['getOverview'],
  ownershipEntityRefs = ['user:default/guest', 'group:default/payments-team'],
) {
  return renderInTestApp(<ManagePage />, {
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    apis: [
      [manageApiRef, { getOverview }],
      mockApis.identity({
        userEntityRef: 'user:default/guest',
        ownershipEntityRefs,
      }),
    ],
  });
}

describe('ManagePage', () => {
  it('shows every component of the user’s teams with CI and Kubernetes status', async () => {
    const getOverview = jest.fn().mockResolvedValue(overview);
    await render(getOverview);

    expect(
      await screen.findByText('Components of payments-team', {}, slow),
    ).toBeInTheDocument();
    expect(getOverview).toHaveBeenCalledWith([
      'user:default/guest',
      'group:default/payments-team',
    ]);

    const ledger = screen.getByText('Ledger Service').closest('tr')!;
    expect(within(ledger).getByText('Failing')).toBeInTheDocument();
    expect(within(ledger).getByText('1/2 ready')).toBeInTheDocument();
    expect(
      within(ledger).getByText(
        /CrashLoopBackOff: pod ledger-service-abc-xyz \(7 restarts\)/,
      ),
    ).toBeInTheDocument();
    expect(
      within(ledger).getByRole('link', { name: /^Docs/ }),
    ).toBeInTheDocument();

    const payments = screen.getByText('Payments Service').closest('tr')!;
    expect(
      within(payments).getByText('rate-limited (github.com)'),
    ).toBeInTheDocument();
    expect(within(payments).getByText('3/3 ready')).toBeInTheDocument();

    const legacy = screen.getByText('Legacy Batch').closest('tr')!;
    expect(within(legacy).getByText('Not configured')).toBeInTheDocument();
    expect(
      within(legacy).getByText('unreachable (demo-cluster (demo data))'),
    ).toBeInTheDocument();
  });

  it('filters the table by search text', async () => {
    await render(async () => overview);
    await screen.findByText('Components of payments-team', {}, slow);
    await userEvent.type(screen.getByPlaceholderText('Filter'), 'Ledger');
    await waitFor(() =>
      expect(screen.queryByText('Payments Service')).not.toBeInTheDocument(),
    );
    expect(screen.getByText('Ledger Service')).toBeInTheDocument();
  });

  it('says what to do when the teams own nothing', async () => {
    await render(async () => ({ ...overview, rows: [] }));
    expect(
      await screen.findByText('Your teams own no components yet', {}, slow),
    ).toBeInTheDocument();
    expect(screen.getByText(/Set spec.owner/)).toBeInTheDocument();
  });

  it('says what to do for a user in no team', async () => {
    const getOverview = jest.fn();
    await render(getOverview, []);
    expect(
      await screen.findByText('You are not a member of any team', {}, slow),
    ).toBeInTheDocument();
    expect(getOverview).not.toHaveBeenCalled();
  });

  it('says what failed when the backend cannot be asked', async () => {
    await render(async () => {
      throw new Error('Request failed with 503 Service Unavailable');
    });
    expect(
      await screen.findByText(/503 Service Unavailable/, {}, slow),
    ).toBeInTheDocument();
  });
});
