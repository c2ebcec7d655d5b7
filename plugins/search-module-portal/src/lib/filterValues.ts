import { CatalogApi } from '@backstage/catalog-client';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { FilterValueWithLabel } from '@backstage/plugin-search-react';
import { ownerRefString } from './ownerRef';

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
 * Owner filter values: each `spec.owner` value as the catalog holds it (the
 * catalog collator copies it unchanged into the documents' `owner` field, and
 * the search engines match filters exactly), labelled with the owner's
 * display name. When entities name the same owner in two forms
 * (`payments-team` and `group:default/payments-team`) each form is its own
 * option, labelled with the form, because a filter holds one value.
 */
export async function loadOwnerValues(
  catalogApi: CatalogApi,
): Promise<FilterValueWithLabel[]> {
  const raw = await loadFacetValues(catalogApi, 'spec.owner');
  const refByRaw = new Map<string, string>();
  for (const value of raw) {
    const ref = ownerRefString(value);
    if (ref) refByRaw.set(value, ref);
  }
  const refs = [...new Set(refByRaw.values())];
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
  const formsByRef = new Map<string, number>();
  refByRaw.forEach(ref => formsByRef.set(ref, (formsByRef.get(ref) ?? 0) + 1));

  return [...refByRaw.entries()]
    .map(([value, ref]) => {
      const name = labelByRef.get(ref);
      let label: string;
      if (!name) {
        label = `${value} (not in the catalog)`;
      } else if ((formsByRef.get(ref) ?? 0) > 1) {
        label = `${name} (${value})`;
      } else {
        label = name;
      }
      return { value, label };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
}
