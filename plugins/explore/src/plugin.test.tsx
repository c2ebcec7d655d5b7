import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { catalog } from './__fixtures__/catalog';
import { explorePlugin } from './plugin';

// The first render of a test app loads lazily; allow it more than findBy's default second.
const slow = { timeout: 10_000 };
jest.setTimeout(30_000);

function render(
  path: string,
  options: {
    entities?: Entity[];
    catalogApi?: ReturnType<typeof catalogApiMock.mock>;
    config?: Record<string, any>;
  } = {},
) {
  return renderTestApp({
    features: [explorePlugin],
    initialRouteEntries: [path],
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    config: options.config,
    apis: [
      options.catalogApi ??
        catalogApiMock({ entities: options.entities ?? catalog }),
    ],
  });
}

/** The text of the page's (syntax-highlighted) code snippet. */
const codeSnippet = () => document.querySelector('pre')?.textContent ?? '';

const card = (name: string) => screen.getByRole('article', { name });

describe('explorePlugin', () => {
  it('is the explore plugin with its root route', () => {
    expect(explorePlugin.id).toBe('explore');
    expect(explorePlugin.routes.root).toBeDefined();
  });

  it('opens on the domains: each card with its owner and systems, plus Other', async () => {
    await render('/explore');
    expect(
      await screen.findByRole('article', { name: 'commerce' }, slow),
    ).toBeInTheDocument();
    const commerce = card('commerce');
    expect(
      within(commerce).getByText(/2 systems: payments, storefront/),
    ).toBeInTheDocument();
    expect(
      within(commerce).getByRole('link', { name: /payments-team/ }),
    ).toHaveAttribute('href', '/catalog/default/group/payments-team');
    expect(
      within(commerce).getByRole('link', { name: 'commerce' }),
    ).toHaveAttribute('href', '/explore/domains/commerce');
    expect(
      within(card('Other')).getByText(/2 systems: reporting, Without a system/),
    ).toBeInTheDocument();
    expect(
      within(card('Developer Platform')).getByText('No systems yet'),
    ).toBeInTheDocument();
  });

  it('walks from a domain to a system to a component’s docs', async () => {
    await render('/explore/domains/commerce');
    const payments = await screen.findByRole(
      'article',
      { name: 'payments' },
      slow,
    );
    expect(
      within(payments).getByText('2 components · 1 API · 1 resource'),
    ).toBeInTheDocument();
    await userEvent.click(
      within(payments).getByRole('link', { name: 'payments' }),
    );

    const service = await screen.findByRole(
      'article',
      { name: 'Payments Service' },
      slow,
    );
    expect(
      screen.getByRole('heading', { name: 'Components (2)' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'APIs (1)' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Resources (1)' }),
    ).toBeInTheDocument();
    expect(within(service).getByRole('link', { name: 'Docs' })).toHaveAttribute(
      'href',
      '/docs/default/component/payments-service',
    );
    expect(
      within(service).getByRole('link', { name: 'Catalog page' }),
    ).toHaveAttribute('href', '/catalog/default/component/payments-service');
    expect(
      within(service).getByRole('link', { name: /payments-team/ }),
    ).toHaveAttribute('href', '/catalog/default/group/payments-team');
    // No techdocs-ref annotation, no docs link.
    expect(
      within(card('Ledger Service')).queryByRole('link', { name: 'Docs' }),
    ).not.toBeInTheDocument();
    // The breadcrumb leads back to the domain.
    expect(screen.getByRole('link', { name: 'commerce' })).toHaveAttribute(
      'href',
      '/explore/domains/commerce',
    );
  });

  it('shows components without a system under Other', async () => {
    await render('/explore/systems/_other');
    expect(
      await screen.findByRole('article', { name: 'Legacy Batch' }, slow),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Other' })).toHaveAttribute(
      'href',
      '/explore/domains/_other',
    );
  });

  it('says when a domain does not exist', async () => {
    await render('/explore/domains/atlantis');
    expect(
      await screen.findByText('No domain named atlantis', {}, slow),
    ).toBeInTheDocument();
  });

  it('says how to add a domain when there is none', async () => {
    await render('/explore/domains', { entities: [] });
    expect(
      await screen.findByText('No domains in the catalog yet', {}, slow),
    ).toBeInTheDocument();
    await waitFor(() => expect(codeSnippet()).toMatch(/kind: Domain\n/));
  });

  it('shows a loading indicator while the catalog answers', async () => {
    const catalogApi = catalogApiMock.mock({
      getEntities: jest.fn().mockReturnValue(new Promise(() => {})),
    });
    await render('/explore/domains', { catalogApi });
    expect(await screen.findByTestId('progress', {}, slow)).toBeInTheDocument();
    expect(
      screen.queryByText('No domains in the catalog yet'),
    ).not.toBeInTheDocument();
  });

  it('shows a catalog error as an error', async () => {
    const catalogApi = catalogApiMock.mock({
      getEntities: jest
        .fn()
        .mockRejectedValue(new Error('catalog said 503 Service Unavailable')),
    });
    await render('/explore/domains', { catalogApi });
    const shown = await screen.findAllByText(
      /catalog said 503 Service Unavailable/,
      {},
      slow,
    );
    expect(shown[0]).toBeVisible();
    expect(
      screen.queryByRole('article', { name: 'commerce' }),
    ).not.toBeInTheDocument();
  });

  it('lists groups with members, contact and what they own', async () => {
    await render('/explore/groups');
    const payments = await screen.findByRole(
      'article',
      { name: 'Payments Team' },
      slow,
    );
    const members = within(payments).getByRole('list', {
      name: 'Members of Payments Team',
    });
    expect(
      within(members).getByRole('link', { name: 'Amara Okafor' }),
    ).toHaveAttribute('href', '/catalog/default/user/amara');
    expect(
      within(members).getByRole('link', { name: /^guest@example.com/ }),
    ).toHaveAttribute('href', 'mailto:guest@example.com');
    expect(
      within(payments).getByRole('link', { name: /^payments@example.com/ }),
    ).toHaveAttribute('href', 'mailto:payments@example.com');
    expect(
      within(payments).getByRole('link', { name: /^#payments/ }),
    ).toHaveAttribute('href', 'https://chat.example.com/channels/payments');
    expect(within(payments).getByText('Owns (4)')).toBeInTheDocument();
    expect(
      within(payments).getByRole('link', { name: /payments-service/ }),
    ).toHaveAttribute('href', '/catalog/default/component/payments-service');

    const platform = card('Platform Team');
    expect(within(platform).getByText('Members (0)')).toBeInTheDocument();
    expect(within(platform).getByText(/None listed/)).toBeInTheDocument();

    await userEvent.type(
      screen.getByRole('textbox', { name: /Filter groups/ }),
      'okafor',
    );
    await waitFor(() =>
      expect(
        screen.queryByRole('article', { name: 'Platform Team' }),
      ).not.toBeInTheDocument(),
    );
    expect(card('Payments Team')).toBeInTheDocument();
  });

  it('lists configured tools and catalog entities of a tool type', async () => {
    await render('/explore/tools', {
      config: {
        explore: {
          tools: [
            {
              title: 'Grafana',
              url: 'https://grafana.example.com',
              description: 'Dashboards',
              tags: ['observability'],
              owner: 'platform-team',
            },
          ],
        },
      },
    });
    const grafana = await screen.findByRole(
      'article',
      { name: 'Grafana' },
      slow,
    );
    expect(
      within(grafana).getByRole('link', { name: /^Grafana/ }),
    ).toHaveAttribute('href', 'https://grafana.example.com');
    expect(within(grafana).getByText('observability')).toBeInTheDocument();
    expect(
      within(grafana).getByRole('link', { name: /platform-team/ }),
    ).toHaveAttribute('href', '/catalog/default/group/platform-team');

    const cli = card('Northwind CLI');
    expect(within(cli).getByRole('link', { name: 'Docs' })).toHaveAttribute(
      'href',
      '/docs/default/component/northwind-cli',
    );
    expect(within(cli).getByRole('link', { name: /^Open/ })).toHaveAttribute(
      'href',
      'https://tools.example.com/cli',
    );
    // A service is not a tool.
    expect(
      screen.queryByRole('article', { name: 'Payments Service' }),
    ).not.toBeInTheDocument();
  });

  it('says how to configure tools when there are none', async () => {
    await render('/explore/tools', { entities: [] });
    expect(
      await screen.findByText('No tools listed yet', {}, slow),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(codeSnippet()).toMatch(/explore:\n {2}tools:\n {4}- title: /),
    );
  });
});
