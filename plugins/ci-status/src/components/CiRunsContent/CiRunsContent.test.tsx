import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { ciStatusApiRef, CiStatusApi } from '../../api';
import { entity, runsResponse } from '../../__fixtures__/runs';
import { CiRunsContent } from './CiRunsContent';

function render(getRuns: CiStatusApi['getRuns']) {
  return renderInTestApp(
    <EntityProvider entity={entity}>
      <CiRunsContent />
    </EntityProvider>,
    { apis: [[ciStatusApiRef, { getRuns }]] },
  );
}

// The first render of a test app loads lazily; allow it more than findBy's default second.
const slow = { timeout: 10_000 };

describe('CiRunsContent', () => {
  it('lists the latest runs of the default branch', async () => {
    const getRuns = jest.fn().mockResolvedValue(runsResponse);
    await render(getRuns);

    expect(
      await screen.findByText(
        'GitHub Actions: northwind/ledger-service (main)',
      ),
    ).toBeInTheDocument();
    expect(getRuns).toHaveBeenCalledWith('component:default/ledger-service');
    expect(screen.getByText('Failed')).toBeInTheDocument();
    expect(screen.getByText('Success')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^CI\b/ })).toHaveAttribute(
      'href',
      'https://github.com/northwind/ledger-service/actions/runs/2',
    );
    expect(screen.getByText('abcdef1')).toBeInTheDocument();
    expect(screen.getByText('5m 12s')).toBeInTheDocument();
    expect(screen.getByText('30 minutes ago')).toBeInTheDocument();
  });

  it('says which annotation to add when the entity has no CI', async () => {
    await render(async () => ({
      entityRef: 'component:default/ledger-service',
      provider: null,
      host: null,
      project: null,
      runs: [],
    }));
    expect(
      await screen.findByText(/github\.com\/project-slug/, {}, slow),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(/gitlab\.com\/project-slug/).length,
    ).toBeGreaterThan(0);
  });

  it('explains a CI host that refused to answer', async () => {
    await render(async () => ({
      ...runsResponse,
      runs: [],
      error: {
        reason: 'rate-limited',
        host: 'github.com',
        message: 'GitHub at github.com is rate limiting the portal',
        retryAt: new Date(Date.now() + 60_000).toISOString(),
      },
    }));
    expect(
      await screen.findByText(
        'Warning: CI host github.com is rate limiting the portal',
        {},
        slow,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/will ask again after/)).toBeInTheDocument();
  });

  it('says when there are no runs yet', async () => {
    await render(async () => ({ ...runsResponse, runs: [] }));
    expect(
      await screen.findByText('No CI runs yet', {}, slow),
    ).toBeInTheDocument();
  });

  it('shows what failed when the backend cannot be asked', async () => {
    await render(async () => {
      throw new Error('No entity component:default/ledger-service');
    });
    expect(
      await screen.findByText(
        /No entity component:default\/ledger-service/,
        {},
        slow,
      ),
    ).toBeInTheDocument();
  });
});
