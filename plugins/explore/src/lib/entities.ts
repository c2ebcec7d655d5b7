import {
  Entity,
  RELATION_OWNED_BY,
  RELATION_PART_OF,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';

/** The annotation that says an entity has TechDocs. */
export const TECHDOCS_ANNOTATION = 'backstage.io/techdocs-ref';

/** Lower-case `kind:namespace/name` of an entity. */
export function refOf(entity: Entity): string {
  return stringifyEntityRef(entity);
}

/** What people read: `metadata.title`, else the profile's display name, else the name. */
export function titleOf(entity: Entity): string {
  const profile = (entity.spec as { profile?: { displayName?: unknown } })
    ?.profile;
  if (entity.metadata.title) {
    return entity.metadata.title;
  }
  if (typeof profile?.displayName === 'string' && profile.displayName) {
    return profile.displayName;
  }
  return entity.metadata.name;
}

export function byTitle(a: Entity, b: Entity): number {
  return titleOf(a).localeCompare(titleOf(b));
}

/** `spec[field]` as a string, or undefined. */
export function specString(entity: Entity, field: string): string | undefined {
  const value = (entity.spec as Record<string, unknown> | undefined)?.[field];
  return typeof value === 'string' && value ? value : undefined;
}

/**
 * Full refs of the entities a relation of `type` points at, falling back to
 * `spec[field]` (a short ref resolved against the entity's namespace) when the
 * catalog has not produced relations (yet).
 */
function relatedRefs(
  entity: Entity,
  relationType: string,
  targetKind: string,
  specField: string,
): string[] {
  const fromRelations = (entity.relations ?? [])
    .filter(
      r =>
        r.type === relationType &&
        parseEntityRef(r.targetRef).kind.toLocaleLowerCase('en-US') ===
          targetKind,
    )
    .map(r => r.targetRef);
  if (fromRelations.length > 0) {
    return [...new Set(fromRelations)];
  }
  const value = specString(entity, specField);
  if (!value) {
    return [];
  }
  try {
    return [
      stringifyEntityRef(
        parseEntityRef(value, {
          defaultKind: targetKind,
          defaultNamespace: entity.metadata.namespace ?? 'default',
        }),
      ),
    ];
  } catch {
    return [];
  }
}

/** Full refs of the owners (`spec.owner`, default kind Group). */
export function ownerRefsOf(entity: Entity): string[] {
  const fromRelations = (entity.relations ?? [])
    .filter(r => r.type === RELATION_OWNED_BY)
    .map(r => r.targetRef);
  if (fromRelations.length > 0) {
    return [...new Set(fromRelations)];
  }
  const owner = specString(entity, 'owner');
  if (!owner) {
    return [];
  }
  try {
    return [
      stringifyEntityRef(
        parseEntityRef(owner, {
          defaultKind: 'group',
          defaultNamespace: entity.metadata.namespace ?? 'default',
        }),
      ),
    ];
  } catch {
    return [];
  }
}

/** Full ref of the domain a system belongs to, if it names one. */
export function domainRefOf(entity: Entity): string | undefined {
  return relatedRefs(entity, RELATION_PART_OF, 'domain', 'domain')[0];
}

/** Full ref of the system a component, API or resource belongs to, if any. */
export function systemRefOf(entity: Entity): string | undefined {
  return relatedRefs(entity, RELATION_PART_OF, 'system', 'system')[0];
}

/** The TechDocs reader's path for an entity with docs, else undefined. */
export function docsPathOf(entity: Entity): string | undefined {
  if (!entity.metadata.annotations?.[TECHDOCS_ANNOTATION]) {
    return undefined;
  }
  const namespace = (entity.metadata.namespace ?? 'default').toLocaleLowerCase(
    'en-US',
  );
  const kind = entity.kind.toLocaleLowerCase('en-US');
  return `/docs/${encodeURIComponent(namespace)}/${encodeURIComponent(
    kind,
  )}/${encodeURIComponent(entity.metadata.name)}`;
}

/**
 * The URL segment that names an entity on the Explore page: its name in the
 * default namespace, `namespace:name` elsewhere.
 */
export function slugOf(entity: Entity): string {
  const namespace = entity.metadata.namespace ?? 'default';
  return namespace === 'default'
    ? entity.metadata.name
    : `${namespace}:${entity.metadata.name}`;
}

/** The full ref a slug from {@link slugOf} stands for. */
export function refFromSlug(kind: string, slug: string): string {
  const [namespace, name] = slug.includes(':')
    ? slug.split(':', 2)
    : ['default', slug];
  return stringifyEntityRef({ kind, namespace, name });
}
