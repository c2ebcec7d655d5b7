import { Entity, parseEntityRef } from '@backstage/catalog-model';
import {
  CatalogCollatorEntityTransformer,
  defaultCatalogCollatorEntityTransformer,
} from '@backstage/plugin-search-backend-module-catalog';

/**
 * The owner's entity name, as the TechDocs collator writes it into its
 * documents (from the ownedBy relation, so `payments-team` and
 * `group:default/payments-team` in `spec.owner` give the same value).
 */
export function ownerName(entity: Entity): string {
  const relation = entity.relations?.find(r => r.type === 'ownedBy');
  const ref =
    relation?.targetRef ??
    (typeof entity.spec?.owner === 'string' ? entity.spec.owner : undefined);
  if (!ref) {
    return '';
  }
  try {
    return parseEntityRef(ref, { defaultKind: 'group' }).name;
  } catch {
    return ref;
  }
}

/**
 * Upstream's catalog document, with `owner` in the same form as TechDocs
 * documents: one owner filter value then finds a team's entities and its docs
 * (the engines match filter values exactly).
 */
export const ownerNameEntityTransformer: CatalogCollatorEntityTransformer =
  entity => ({
    ...defaultCatalogCollatorEntityTransformer(entity),
    owner: ownerName(entity),
  });
