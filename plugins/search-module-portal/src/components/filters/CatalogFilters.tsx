import { useCallback } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { SearchFilter, useSearch } from '@backstage/plugin-search-react';
import { loadFacetValues, loadOwnerValues } from '../../lib/filterValues';

/** Props the search page gives every filter. */
export type FilterProps = { className: string };

/** Kind (`kind` in the documents), from the catalog's kinds. */
export const KindFilter = ({ className }: FilterProps) => {
  const catalogApi = useApi(catalogApiRef);
  const values = useCallback(
    () => loadFacetValues(catalogApi, 'kind'),
    [catalogApi],
  );
  return (
    <SearchFilter.Select
      className={className}
      label="Kind"
      name="kind"
      values={values}
    />
  );
};

/**
 * Type (`type` in the documents: `spec.type`), from the catalog's types of
 * the selected kind, or of every kind.
 */
export const TypeFilter = ({ className }: FilterProps) => {
  const catalogApi = useApi(catalogApiRef);
  const { filters } = useSearch();
  const kind = typeof filters.kind === 'string' ? filters.kind : undefined;
  const values = useCallback(
    () => loadFacetValues(catalogApi, 'spec.type', kind ? { kind } : undefined),
    [catalogApi, kind],
  );
  // The select loads its values once; a new kind gives a new select.
  return (
    <SearchFilter.Select
      key={kind ?? 'all'}
      className={className}
      label="Type"
      name="type"
      values={values}
    />
  );
};

/** Owner (`owner` in the documents), labelled with the owners' names. */
export const OwnerFilter = ({ className }: FilterProps) => {
  const catalogApi = useApi(catalogApiRef);
  const values = useCallback(() => loadOwnerValues(catalogApi), [catalogApi]);
  return (
    <SearchFilter.Select
      className={className}
      label="Owner"
      name="owner"
      values={values}
    />
  );
};

/**
 * Lifecycle (`lifecycle` in the documents), from the lifecycles the catalog
 * uses. One value at a time: the Lunr engine ignores a filter with several
 * values, so a set of checkboxes would filter nothing once two are ticked.
 */
export const LifecycleFilter = ({ className }: FilterProps) => {
  const catalogApi = useApi(catalogApiRef);
  const values = useCallback(
    () => loadFacetValues(catalogApi, 'spec.lifecycle'),
    [catalogApi],
  );
  return (
    <SearchFilter.Select
      className={className}
      label="Lifecycle"
      name="lifecycle"
      values={values}
    />
  );
};
