import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { ciStatusApiRef } from '../../api';
import { entity, runsResponse } from '../../__fixtures__/runs';
import { CiStatusCard } from './CiStatusCard';

// The first render of a test app loads lazily; allow it more than findBy's default second.
const slow = { timeout: 10_000 };

describe('CiStatusCard', () => {
  it('shows the latest run', async () => {
    await renderInTestApp(
      <EntityProvider entity={entity}>
        <CiStatusCard />
      </EntityProvider>,
      { apis: [[ciStatusApiRef, { getRuns: async () => runsResponse }]] },
    );
    expect(await screen.findByText('Failed', {}, slow)).toBeInTheDocument();
    expect(
      screen.getByText('GitHub Actions · northwind/ledger-service'),
    ).toBeInTheDocument();
    expect(screen.getByText(/took 5m 12s/)).toBeInTheDocument();
    expect(screen.queryByText('Success')).not.toBeInTheDocument();
  });

  it('says which annotation to add', async () => {
    await renderInTestApp(
      <EntityProvider entity={entity}>
        <CiStatusCard />
      </EntityProvider>,
      {
        apis: [
          [
            ciStatusApiRef,
            {
              getRuns: async () => ({
                entityRef: 'component:default/ledger-service',
                provider: null,
                host: null,
                project: null,
                runs: [],
              }),
            },
          ],
        ],
      },
    );
    expect(
      await screen.findByText(/No CI configured/, {}, slow),
    ).toBeInTheDocument();
    expect(screen.getByText('github.com/project-slug')).toBeInTheDocument();
  });
});
