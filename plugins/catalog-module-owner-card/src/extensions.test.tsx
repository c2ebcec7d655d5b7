import { screen, within } from '@testing-library/react';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  catalogApiMock,
  createTestEntityPage,
} from '@backstage/plugin-catalog-react/testUtils';
import { entityOwnerCard } from './extensions';
import { component, org, paymentsTeam } from './__fixtures__/org';

// The first render of a test app loads lazily; allow it more than findBy's default second.
const slow = { timeout: 10_000 };

function renderCardFor(entity: Entity, entities: Entity[] = org) {
  return renderTestApp({
    extensions: [createTestEntityPage({ entity }), entityOwnerCard],
    apis: [catalogApiMock({ entities: [...entities, entity] })],
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
  });
}

describe('Owner card', () => {
  it('shows the owning group, its contact, parent group and members', async () => {
    renderCardFor(component('payments-service', 'payments-team'));

    expect(
      await screen.findByText('Owning group', {}, slow),
    ).toBeInTheDocument();
    const card = screen
      .getByText('Owning group')
      .closest('.MuiCard-root') as HTMLElement;
    const links = within(card).getAllByRole('link');
    const hrefs = links.map(a => a.getAttribute('href'));
    expect(hrefs).toContain('/catalog/default/group/payments-team');
    expect(hrefs).toContain('mailto:payments@northwind.example');
    expect(hrefs).toContain('https://chat.northwind.example/channels/payments');
    // Only chat links are contact; the wiki link is not.
    expect(hrefs).not.toContain('https://wiki.northwind.example/payments');
    // Parent group and both members, each linked to its page.
    expect(hrefs).toContain('/catalog/default/group/engineering');
    expect(hrefs).toContain('/catalog/default/user/amara-okafor');
    expect(hrefs).toContain('/catalog/default/user/guest');
    expect(within(card).getByText('Members (2)')).toBeInTheDocument();
    expect(
      within(card).getByText('payments@northwind.example'),
    ).toBeInTheDocument();

    expect(
      within(card).getByText(paymentsTeam.metadata.description!),
    ).toBeInTheDocument();
  });

  it('resolves an owner written as a full entity reference', async () => {
    renderCardFor(component('ledger-service', 'group:default/payments-team'));
    expect(
      await screen.findByText('Members (2)', {}, slow),
    ).toBeInTheDocument();
    expect(screen.getByText('payments@northwind.example')).toBeInTheDocument();
  });

  it('says which owner is missing from the catalog and where to add it', async () => {
    renderCardFor(component('orphan-service', 'ghost-team'));
    expect(
      await screen.findByText(
        /Owner group:default\/ghost-team is not in the catalog — add it in org\.yaml/,
        {},
        slow,
      ),
    ).toBeInTheDocument();
  });

  it('says when an entity has no owner', async () => {
    renderCardFor(component('ownerless-service'));
    expect(
      await screen.findByText(
        /This component has no owner\. Set spec\.owner/,
        {},
        slow,
      ),
    ).toBeInTheDocument();
  });

  it('shows a person who owns an entity, with their groups', async () => {
    renderCardFor(component('spike', 'user:default/amara-okafor'));
    expect(
      await screen.findByText('Owner (a person)', {}, slow),
    ).toBeInTheDocument();
    expect(screen.getByText('Member of (1)')).toBeInTheDocument();
    const card = screen
      .getByText('Owner (a person)')
      .closest('.MuiCard-root') as HTMLElement;
    const hrefs = within(card)
      .getAllByRole('link')
      .map(a => a.getAttribute('href'));
    expect(hrefs).toEqual([
      '/catalog/default/user/amara-okafor',
      'mailto:amara.okafor@northwind.example',
      '/catalog/default/group/payments-team',
    ]);
  });

  it('says what failed when the catalog does not answer', async () => {
    const entity = component('payments-service', 'payments-team');
    renderTestApp({
      extensions: [createTestEntityPage({ entity }), entityOwnerCard],
      apis: [
        catalogApiMock.mock({
          getEntityByRef: jest
            .fn()
            .mockRejectedValue(new Error('503 Service Unavailable')),
        }),
      ],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });
    expect(
      await screen.findByText(
        /The catalog did not answer for group:default\/payments-team: 503 Service Unavailable/,
        {},
        slow,
      ),
    ).toBeInTheDocument();
  });

  it('is not on group pages, which have their own profile', async () => {
    renderCardFor(
      { ...paymentsTeam, metadata: { ...paymentsTeam.metadata, uid: 'other' } },
      org.filter(e => e !== paymentsTeam),
    );
    // The test page renders; the card is filtered out.
    await new Promise(resolve => setTimeout(resolve, 1500));
    expect(screen.queryByText('Owner')).not.toBeInTheDocument();
    expect(screen.queryByText('Owning group')).not.toBeInTheDocument();
  });
});
