import { CatalogIcon, DocsIcon } from '@backstage/core-components';
import { searchPage } from '@backstage/plugin-search/alpha';
import {
  SearchFilterBlueprint,
  SearchFilterResultTypeBlueprint,
  SearchResultItemExtensionComponent,
  SearchResultListItemBlueprint,
} from '@backstage/plugin-search-react/alpha';
import {
  KindFilter,
  LifecycleFilter,
  OwnerFilter,
  TypeFilter,
} from './components/filters';

/**
 * The search page (`page:search`) with the portal's page content: the same
 * inputs as upstream (result items, result types, filters), but every filter
 * is an input (upstream hard-codes a Kind select and a Lifecycle checkbox
 * limited to experimental/production), and an empty, refused or failed search
 * gets an explanation instead of an error panel.
 */
export const portalSearchPage = searchPage.override({
  factory(originalFactory, { inputs }) {
    return originalFactory({
      params: {
        loader: async () => {
          const { PortalSearchPage } = await import(
            './components/PortalSearchPage'
          );
          return (
            <PortalSearchPage
              items={inputs.items.map(item =>
                item.get(SearchResultListItemBlueprint.dataRefs.item),
              )}
              resultTypes={inputs.resultTypes.map(type =>
                type.get(SearchFilterResultTypeBlueprint.dataRefs.resultType),
              )}
              searchFilters={inputs.searchFilters.map(
                filter =>
                  filter.get(SearchFilterBlueprint.dataRefs.searchFilters)
                    .component,
              )}
            />
          );
        },
      },
    });
  },
});

/** Filters of the search page, in this order. */
export const kindSearchFilter = SearchFilterBlueprint.make({
  name: 'kind',
  params: { component: KindFilter },
});
export const typeSearchFilter = SearchFilterBlueprint.make({
  name: 'type',
  params: { component: TypeFilter },
});
export const ownerSearchFilter = SearchFilterBlueprint.make({
  name: 'owner',
  params: { component: OwnerFilter },
});
export const lifecycleSearchFilter = SearchFilterBlueprint.make({
  name: 'lifecycle',
  params: { component: LifecycleFilter },
});

/**
 * Catalog results with their kind, type, lifecycle and owner (linked). The
 * upstream `search-result-list-item:catalog` is disabled in app-config.yaml
 * so this one renders them.
 */
export const catalogSearchResultListItem = SearchResultListItemBlueprint.make({
  name: 'catalog-entity',
  params: {
    icon: <CatalogIcon />,
    predicate: result => result.type === 'software-catalog',
    component: () =>
      import('./components/ResultListItems').then(
        m => m.CatalogResultListItem as SearchResultItemExtensionComponent,
      ),
  },
});

/**
 * Documentation pages with the entity they document, its kind and owner
 * (linked). Replaces the disabled `search-result-list-item:techdocs`.
 */
export const techDocsSearchResultListItem = SearchResultListItemBlueprint.make({
  name: 'techdocs-page',
  params: {
    icon: <DocsIcon />,
    predicate: result => result.type === 'techdocs',
    component: () =>
      import('./components/ResultListItems').then(
        m => m.TechDocsResultListItem as SearchResultItemExtensionComponent,
      ),
  },
});
