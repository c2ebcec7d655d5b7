import {
  CompoundEntityRef,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';

/**
 * The owner named by a search document, as an entity reference.
 *
 * The catalog collator copies `spec.owner` as written (`payments-team` or
 * `group:default/payments-team`); the TechDocs collator writes only the name
 * of the owner relation's target (`payments-team`). A bare name means a group
 * in the document's namespace, as it does in the catalog itself.
 */
export function parseOwnerRef(
  owner: unknown,
  defaultNamespace: unknown = 'default',
): CompoundEntityRef | undefined {
  if (typeof owner !== 'string' || owner.trim() === '') {
    return undefined;
  }
  try {
    return parseEntityRef(owner.trim(), {
      defaultKind: 'group',
      defaultNamespace:
        typeof defaultNamespace === 'string' && defaultNamespace
          ? defaultNamespace
          : 'default',
    });
  } catch {
    return undefined;
  }
}

/** `group:default/payments-team` for any form of owner, or undefined. */
export function ownerRefString(
  owner: unknown,
  defaultNamespace?: unknown,
): string | undefined {
  const ref = parseOwnerRef(owner, defaultNamespace);
  return ref ? stringifyEntityRef(ref).toLocaleLowerCase('en-US') : undefined;
}
