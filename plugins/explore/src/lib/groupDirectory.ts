import {
  Entity,
  GroupEntity,
  RELATION_CHILD_OF,
  RELATION_HAS_MEMBER,
  RELATION_MEMBER_OF,
  RELATION_OWNER_OF,
  RELATION_PARENT_OF,
  UserEntity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { refOf, titleOf } from './entities';

export interface ContactLink {
  title: string;
  url: string;
}

export interface GroupMember {
  ref: string;
  title: string;
  email?: string;
}

export interface GroupSummary {
  ref: string;
  entity: Entity;
  title: string;
  type?: string;
  description?: string;
  email?: string;
  chatLinks: ContactLink[];
  parentRef?: string;
  /** Refs of the groups directly below it (`parentOf` relations or `spec.children`). */
  childRefs: string[];
  members: GroupMember[];
  /** Refs of what the group owns, sorted by kind, then name. */
  owns: string[];
}

const CHAT_HOSTS =
  /(slack\.com|teams\.microsoft\.com|mattermost|discord(app)?\.com|chat\.|zulip|rocket\.chat|gitter\.im|matrix\.to)/i;

/** Whether a `metadata.links` entry is a chat channel rather than, say, a wiki. */
export function isChatLink(link: {
  url: string;
  title?: string;
  icon?: string;
  type?: string;
}): boolean {
  return (
    link.icon === 'chat' ||
    link.type === 'chat' ||
    (link.title ?? '').startsWith('#') ||
    CHAT_HOSTS.test(link.url)
  );
}

function normalise(ref: string, defaultKind: string, namespace: string) {
  try {
    return stringifyEntityRef(
      parseEntityRef(ref, { defaultKind, defaultNamespace: namespace }),
    );
  } catch {
    return undefined;
  }
}

/** Full refs of the groups a user is in: `memberOf` relations plus `spec.memberOf`. */
function groupsOfUser(user: UserEntity): string[] {
  const namespace = user.metadata.namespace ?? 'default';
  const refs = [
    ...(user.relations ?? [])
      .filter(r => r.type === RELATION_MEMBER_OF)
      .map(r => r.targetRef),
    ...(user.spec?.memberOf ?? [])
      .map(ref => normalise(ref, 'group', namespace))
      .filter((ref): ref is string => !!ref),
  ];
  return [...new Set(refs)];
}

function kindRank(ref: string): string {
  const order = ['domain', 'system', 'component', 'api', 'resource'];
  const kind = parseEntityRef(ref).kind.toLocaleLowerCase('en-US');
  const rank = order.indexOf(kind);
  return `${rank === -1 ? order.length : rank}:${kind}:${ref}`;
}

/**
 * One entry per group: its members (users whose `memberOf` names it, or whom
 * its `hasMember` relations name), what it owns (`ownerOf` relations) and how
 * to reach it (profile email, chat links from `metadata.links`).
 */
export function buildGroupDirectory(
  groups: Entity[],
  users: Entity[],
): GroupSummary[] {
  const usersByRef = new Map(users.map(u => [refOf(u), u as UserEntity]));
  const membersOf = new Map<string, Set<string>>();
  const addMember = (groupRef: string, userRef: string) => {
    const set = membersOf.get(groupRef) ?? new Set<string>();
    set.add(userRef);
    membersOf.set(groupRef, set);
  };
  for (const user of usersByRef.values()) {
    for (const groupRef of groupsOfUser(user)) {
      addMember(groupRef, refOf(user));
    }
  }

  return groups
    .map(entity => {
      const group = entity as GroupEntity;
      const ref = refOf(group);
      for (const r of group.relations ?? []) {
        if (r.type === RELATION_HAS_MEMBER) {
          addMember(ref, r.targetRef);
        }
      }
      const members = [...(membersOf.get(ref) ?? [])]
        .map(memberRef => {
          const user = usersByRef.get(memberRef);
          return {
            ref: memberRef,
            title: user ? titleOf(user) : parseEntityRef(memberRef).name,
            email: user?.spec?.profile?.email,
          };
        })
        .sort((a, b) => a.title.localeCompare(b.title));
      const owns = [
        ...new Set(
          (group.relations ?? [])
            .filter(r => r.type === RELATION_OWNER_OF)
            .map(r => r.targetRef),
        ),
      ].sort((a, b) => kindRank(a).localeCompare(kindRank(b)));
      const parentRef =
        (group.relations ?? []).find(r => r.type === RELATION_CHILD_OF)
          ?.targetRef ??
        (group.spec?.parent
          ? normalise(
              group.spec.parent,
              'group',
              group.metadata.namespace ?? 'default',
            )
          : undefined);
      const namespace = group.metadata.namespace ?? 'default';
      const childRefs = [
        ...new Set([
          ...(group.relations ?? [])
            .filter(r => r.type === RELATION_PARENT_OF)
            .map(r => r.targetRef),
          ...(group.spec?.children ?? [])
            .map(child => normalise(child, 'group', namespace))
            .filter((child): child is string => !!child),
        ]),
      ].sort();
      return {
        ref,
        entity: group,
        title: titleOf(group),
        type: group.spec?.type,
        description: group.metadata.description,
        email: group.spec?.profile?.email,
        chatLinks: (group.metadata.links ?? [])
          .filter(isChatLink)
          .map(l => ({ title: l.title ?? l.url, url: l.url })),
        parentRef,
        childRefs,
        members,
        owns,
      };
    })
    .sort((a, b) => a.title.localeCompare(b.title));
}

/** Whether a group matches a free-text filter (its name, description, members or email). */
export function matchesGroup(group: GroupSummary, text: string): boolean {
  const needle = text.trim().toLocaleLowerCase('en-US');
  if (!needle) {
    return true;
  }
  return [
    group.title,
    group.entity.metadata.name,
    group.description ?? '',
    group.email ?? '',
    ...group.members.map(m => m.title),
  ].some(value => value.toLocaleLowerCase('en-US').includes(needle));
}
