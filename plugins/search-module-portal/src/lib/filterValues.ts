import { CatalogApi } from '@backstage/catalog-client';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { FilterValueWithLabel } from '@backstage/plugin-search-react';
import { ownerRefString, parseOwnerRef } from './ownerRef';

/**
 * The distinct values of one catalog field, sorted, for a search filter.
 *
 * The field names are the catalog's (`kind`, `spec.type`, `spec.lifecycle`);
 * the catalog collator writes the same values into the search documents'
 * `kind`, `type` and `lifecycle` fields.
 */
export async function loadFacetValues(
  catalogApi: CatalogApi,
  facet: string,
  filter?: Record<string, string>,
): Promise<string[]> {
  const { facets } = await catalogApi.getEntityFacets({
    facets: [facet],
    filter,
  });
  const values = new Set(
    (facets[facet] ?? []).map(f => f.value).filter(v => v !== ''),
  );
  return [...values].sort((a, b) => a.localeCompare(b));
}

function displayName(entity: Entity): string {
  const profile = (entity.spec as { profile?: { displayName?: string } })
    ?.profile;
  return profile?.displayName ?? entity.metadata.title ?? entity.metadata.name;
}

/**
 * Owner filter values: one per owner, its value the owner's entity name — the
 * form both collators write into the documents' `owner` field (the portal's
 * search module normalises the catalog's; the engines match filter values
 * exactly) — labelled with the owner's display name. `payments-team` and
 * `group:default/payments-team` in `spec.owner` are one option.
 */
export async function loadOwnerValues(
  catalogApi: CatalogApi,
): Promise<FilterValueWithLabel[]> {
  const raw = await loadFacetValues(catalogApi, 'spec.owner');
  const refByName = new Map<string, string>();
  for (const value of raw) {
    const ref = parseOwnerRef(value);
    if (ref && !refByName.has(ref.name)) {
      refByName.set(ref.name, ownerRefString(value)!);
    }
  }
  const refs = [...new Set(refByName.values())];
  const { items } = refs.length
    ? await catalogApi.getEntitiesByRefs({
        entityRefs: refs,
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.title',
          'spec.profile.displayName',
        ],
      })
    : { items: [] };
  const labelByRef = new Map<string, string>();
  items.forEach(entity => {
    if (entity) {
      labelByRef.set(
        stringifyEntityRef(entity).toLocaleLowerCase('en-US'),
        displayName(entity),
      );
    }
  });

  return [...refByName.entries()]
    .map(([name, ref]) => ({
      value: name,
      label: labelByRef.get(ref) ?? `${name} (not in the catalog)`,
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
