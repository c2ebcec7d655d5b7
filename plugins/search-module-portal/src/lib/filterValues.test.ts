import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { entities } from '../__fixtures__/catalog';
import { loadFacetValues, loadOwnerValues } from './filterValues';

describe('loadFacetValues', () => {
  const catalogApi = catalogApiMock({ entities });

  it('lists each kind, type and lifecycle once, sorted', async () => {
    expect(await loadFacetValues(catalogApi, 'kind')).toEqual([
      'API',
      'Component',
      'Group',
    ]);
    expect(await loadFacetValues(catalogApi, 'spec.lifecycle')).toEqual([
      'deprecated',
      'experimental',
      'production',
    ]);
  });

  it('lists the types of one kind', async () => {
    expect(
      await loadFacetValues(catalogApi, 'spec.type', { kind: 'Component' }),
    ).toEqual(['service', 'website']);
    expect(await loadFacetValues(catalogApi, 'spec.type')).toEqual([
      'openapi',
      'service',
      'team',
      'website',
    ]);
  });
});

describe('loadOwnerValues', () => {
  it('offers each owner once, by the name the documents hold, labelled with its display name', async () => {
    const values = await loadOwnerValues(catalogApiMock({ entities }));
    expect(values).toEqual(
      [
        // Payments Team is named in two forms in spec.owner: one option.
        { value: 'payments-team', label: 'Payments Team' },
        { value: 'web-team', label: 'Web Team' },
        { value: 'ghost-team', label: 'ghost-team (not in the catalog)' },
      ].sort((a, b) => a.label.localeCompare(b.label)),
    );
  });

  it('labels an owner named in one form with its name alone', async () => {
    const values = await loadOwnerValues(
      catalogApiMock({
        entities: entities.filter(e => e.metadata.name !== 'refunds-service'),
      }),
    );
    expect(values).toContainEqual({
      value: 'payments-team',
      label: 'Payments Team',
    });
  });
});
