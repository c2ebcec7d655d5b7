import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import searchPlugin from '@backstage/plugin-search/alpha';
import { searchApiRef, SearchApi } from '@backstage/plugin-search-react';
import { SearchQuery, SearchResultSet } from '@backstage/plugin-search-common';
import { searchModulePortal } from './module';
import { entities } from './__fixtures__/catalog';

// The first render of a test app loads lazily; allow it more than findBy's default second.
const slow = { timeout: 10_000 };
jest.setTimeout(30_000);

const resultSet: SearchResultSet = {
  numberOfResults: 3,
  results: [
    {
      type: 'software-catalog',
      document: {
        title: 'payments-service',
        text: 'Authorises, captures and refunds card payments.',
        location: '/catalog/default/component/payments-service',
        kind: 'Component',
        type: 'service',
        lifecycle: 'production',
        owner: 'payments-team',
        namespace: 'default',
      } as any,
    },
    {
      type: 'software-catalog',
      document: {
        title: 'payments-team',
        text: 'Owns card payments : Payments Team',
        location: '/catalog/default/group/payments-team',
        kind: 'Group',
        type: 'team',
        lifecycle: '',
        owner: '',
        namespace: 'default',
      } as any,
    },
    {
      type: 'techdocs',
      document: {
        title: 'Refund rules',
        text: 'How partial refunds are booked.',
        location: '/docs/default/component/payments-service/refunds/',
        kind: 'component',
        name: 'payments-service',
        entityTitle: 'Payments Service',
        owner: 'payments-team',
        namespace: 'default',
        lifecycle: 'production',
        type: 'service',
      } as any,
    },
  ],
};

function renderSearchPage(
  query: SearchApi['query'],
  url = '/search?query=payments',
) {
  const searchApi = { query: jest.fn(query) };
  renderTestApp({
    features: [searchPlugin, searchModulePortal],
    initialRouteEntries: [url],
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    apis: [[searchApiRef, searchApi], catalogApiMock({ entities })],
  });
  return searchApi;
}

describe('the search page of searchModulePortal', () => {
  it('names each result kind and links its owner', async () => {
    renderSearchPage(async () => resultSet);

    expect(
      await screen.findByText('Kind: Group', {}, slow),
    ).toBeInTheDocument();

    const facts = screen.getAllByTestId('search-result-facts');
    expect(facts).toHaveLength(3);
    expect(within(facts[0]).getByText('Kind: Component')).toBeInTheDocument();
    expect(within(facts[0]).getByText('Type: service')).toBeInTheDocument();
    expect(
      within(facts[0]).getByText('Lifecycle: production'),
    ).toBeInTheDocument();

    // Component: owner linked to the group's page.
    const ownerLinks = within(facts[0]).getAllByRole('link');
    expect(ownerLinks.map(a => a.getAttribute('href'))).toEqual([
      '/catalog/default/group/payments-team',
    ]);
    // A group has no owner and says nothing about one.
    expect(within(facts[1]).queryByRole('link')).toBeNull();
    expect(within(facts[1]).queryByText('No owner')).toBeNull();
    // A documentation page: its entity, kind and owner.
    expect(
      screen.getByText('Documentation of Payments Service'),
    ).toBeInTheDocument();
    expect(within(facts[2]).getByText('Kind: Component')).toBeInTheDocument();
    expect(within(facts[2]).getByRole('link').getAttribute('href')).toBe(
      '/catalog/default/group/payments-team',
    );
  });

  it('filters by kind, type, owner and lifecycle with the catalog values', async () => {
    const searchApi = renderSearchPage(async () => resultSet);
    await screen.findByText('Kind: Group', {}, slow);

    const filters = screen.getByLabelText('Filters');
    // The upstream fixed Lifecycle checkboxes are gone: one select per filter.
    expect(within(filters).queryByRole('checkbox')).toBeNull();
    for (const label of ['Kind', 'Type', 'Owner', 'Lifecycle']) {
      expect(within(filters).getByText(label)).toBeInTheDocument();
    }

    // Lifecycle values come from the catalog, including "deprecated".
    const [, , ownerSelect, lifecycleSelect] =
      within(filters).getAllByRole('button');
    await userEvent.click(lifecycleSelect);
    expect(
      await screen.findByRole('option', { name: 'deprecated' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('option', { name: 'deprecated' }));
    await waitFor(() =>
      expect(searchApi.query).toHaveBeenLastCalledWith(
        expect.objectContaining({
          term: 'payments',
          filters: { lifecycle: 'deprecated' },
        }),
        expect.anything(),
      ),
    );

    // Owners by name, with the value the documents hold.
    await userEvent.click(ownerSelect);
    await userEvent.click(
      await screen.findByRole('option', { name: 'Web Team' }),
    );
    await waitFor(() =>
      expect(searchApi.query).toHaveBeenLastCalledWith(
        expect.objectContaining({
          filters: { lifecycle: 'deprecated', owner: 'web-team' },
        }),
        expect.anything(),
      ),
    );
  });

  it('explains a refused query without an error panel or stack', async () => {
    renderSearchPage(async () => {
      throw Object.assign(new Error('Request failed with 400 Bad Request'), {
        name: 'ResponseError',
        response: { status: 400 },
        body: {},
        cause: {
          name: 'InputError',
          message:
            'Invalid query string: [ { "message": "The term length \\"2000\\" is greater than \\"100\\"" } ]',
        },
        statusCode: 400,
        statusText: 'Bad Request',
      });
    }, `/search?query=${'a'.repeat(2000)}`);

    expect(
      await screen.findByText('This search could not run', {}, slow),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/The term length "2000" is greater than "100"/),
    ).toBeInTheDocument();
    expect(screen.getByText(/\(2000 characters\)/)).toBeInTheDocument();
    expect(screen.queryByText(/Error encountered/)).toBeNull();
    expect(screen.queryByText(/at \w+ \(/)).toBeNull();
  });

  it('explains an empty result', async () => {
    renderSearchPage(
      async () => ({ results: [], numberOfResults: 0 }),
      '/search?query=the%20and%20of',
    );
    expect(await screen.findByText('No results', {}, slow)).toBeInTheDocument();
    expect(
      screen.getByText(
        /Nothing matches "the and of"\. Search ignores very common words/,
      ),
    ).toBeInTheDocument();
  });

  it('asks for a search term before showing anything', async () => {
    renderSearchPage(async (_q: SearchQuery) => resultSet, '/search');
    expect(
      await screen.findByText(
        'Search the catalog and the documentation',
        {},
        slow,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('Kind: Group')).toBeNull();
  });

  it('tells a failing search service apart from a refused query', async () => {
    renderSearchPage(async () => {
      throw new Error('socket hang up');
    });
    expect(
      await screen.findByText(/Search is not available right now/, {}, slow),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/did not answer \(socket hang up\)/),
    ).toBeInTheDocument();
    expect(screen.queryByText('Kind: Group')).toBeNull();
  });
});
