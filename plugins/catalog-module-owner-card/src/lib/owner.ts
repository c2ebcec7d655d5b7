import {
  Entity,
  EntityLink,
  RELATION_CHILD_OF,
  RELATION_HAS_MEMBER,
  RELATION_MEMBER_OF,
  RELATION_OWNED_BY,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogApi } from '@backstage/catalog-client';

/**
 * The entity's owner: the target of its `ownedBy` relation (which the catalog
 * derives from `spec.owner`), else `spec.owner` itself read as the catalog
 * reads it (a bare name is a group in the entity's namespace).
 */
export function findOwnerRef(entity: Entity): string | undefined {
  const relation = entity.relations?.find(r => r.type === RELATION_OWNED_BY);
  if (relation) {
    return relation.targetRef;
  }
  const owner = (entity.spec as { owner?: unknown } | undefined)?.owner;
  if (typeof owner !== 'string' || owner.trim() === '') {
    return undefined;
  }
  try {
    return stringifyEntityRef(
      parseEntityRef(owner.trim(), {
        defaultKind: 'group',
        defaultNamespace: entity.metadata.namespace ?? 'default',
      }),
    );
  } catch {
    return undefined;
  }
}

function relationTargets(entity: Entity, type: string): string[] {
  return (entity.relations ?? [])
    .filter(r => r.type === type)
    .map(r => r.targetRef);
}

/** What the Owner card shows about an owner found in the catalog. */
export type OwnerDetails = {
  owner: Entity;
  /** Users in the group, or the groups a user owner belongs to. */
  members: Entity[];
  parent?: Entity;
};

/** What the card knows once it has asked the catalog. */
export type OwnerLookup =
  | { state: 'no-owner' }
  | { state: 'not-in-catalog'; ownerRef: string }
  | ({ state: 'found'; ownerRef: string } & OwnerDetails);

/**
 * Looks up the owner, its members (for a user owner: its groups) and its
 * parent group, in two catalog requests.
 */
export async function lookUpOwner(
  catalogApi: CatalogApi,
  ownerRef: string | undefined,
): Promise<OwnerLookup> {
  if (!ownerRef) {
    return { state: 'no-owner' };
  }
  const owner = await catalogApi.getEntityByRef(ownerRef);
  if (!owner) {
    return { state: 'not-in-catalog', ownerRef };
  }
  const isUser = owner.kind.toLocaleLowerCase('en-US') === 'user';
  const memberRefs = relationTargets(
    owner,
    isUser ? RELATION_MEMBER_OF : RELATION_HAS_MEMBER,
  );
  const parentRef = isUser
    ? undefined
    : relationTargets(owner, RELATION_CHILD_OF)[0];
  const refs = parentRef ? [...memberRefs, parentRef] : memberRefs;
  const { items } = refs.length
    ? await catalogApi.getEntitiesByRefs({ entityRefs: refs })
    : { items: [] as (Entity | undefined)[] };
  const members = items
    .slice(0, memberRefs.length)
    .filter((e): e is Entity => !!e)
    .sort((a, b) => displayName(a).localeCompare(displayName(b)));
  const parent = parentRef ? items[memberRefs.length] : undefined;
  return { state: 'found', ownerRef, owner, members, parent };
}

/** `spec.profile.displayName`, else the title, else the name. */
export function displayName(entity: Entity): string {
  const profile = (entity.spec as { profile?: { displayName?: string } })
    ?.profile;
  return profile?.displayName ?? entity.metadata.title ?? entity.metadata.name;
}

/** `spec.profile.email` of a group or user. */
export function email(entity: Entity): string | undefined {
  const profile = (entity.spec as { profile?: { email?: unknown } })?.profile;
  return typeof profile?.email === 'string' && profile.email
    ? profile.email
    : undefined;
}

const CHAT_URL =
  /slack\.com|teams\.microsoft\.com|mattermost|discord|zulip|matrix\.to|rocket\.chat|(^|\/\/|\.)chat\./i;

/**
 * The owner's chat links from `metadata.links`: those with the `chat` icon or
 * type, or whose address is a known chat service.
 */
export function chatLinks(entity: Entity): EntityLink[] {
  return (entity.metadata.links ?? []).filter(
    link =>
      link.icon === 'chat' || link.type === 'chat' || CHAT_URL.test(link.url),
  );
}
