import { Entity } from '@backstage/catalog-model';
import { byTitle, domainRefOf, refOf, systemRefOf } from './entities';

/** The slug of the "Other" bucket: no entity name can start with "_". */
export const OTHER_SLUG = '_other';

/** A system with what belongs to it. `entity` is undefined for the bucket of things without a system. */
export interface SystemNode {
  entity?: Entity;
  components: Entity[];
  apis: Entity[];
  resources: Entity[];
}

/** A domain with its systems. `entity` is undefined for the "Other" bucket. */
export interface DomainNode {
  entity?: Entity;
  systems: SystemNode[];
}

export interface DomainTree {
  /** Every Domain entity, sorted by title. */
  domains: DomainNode[];
  /**
   * Systems whose domain is unset or not in the catalog, followed by one
   * system-less node for components, APIs and resources without a known
   * system (only when there are any).
   */
  other: DomainNode;
}

/** The kinds the tree is built from. */
export const TREE_KINDS = ['Domain', 'System', 'Component', 'API', 'Resource'];

function emptySystem(entity?: Entity): SystemNode {
  return { entity, components: [], apis: [], resources: [] };
}

function sortSystem(node: SystemNode) {
  node.components.sort(byTitle);
  node.apis.sort(byTitle);
  node.resources.sort(byTitle);
}

/**
 * Groups catalog entities into domain → system → component / API / resource.
 * Anything whose parent is missing lands in the "Other" bucket, so every
 * entity stays findable.
 */
export function buildDomainTree(entities: Entity[]): DomainTree {
  const domains = new Map<string, DomainNode>();
  const systems = new Map<string, SystemNode>();
  const byKind = (kind: string) =>
    entities
      .filter(e => e.kind.toLocaleLowerCase('en-US') === kind)
      .sort(byTitle);

  for (const domain of byKind('domain')) {
    domains.set(refOf(domain), { entity: domain, systems: [] });
  }

  const other: DomainNode = { systems: [] };
  for (const system of byKind('system')) {
    const node = emptySystem(system);
    systems.set(refOf(system), node);
    const domainRef = domainRefOf(system);
    const domain = domainRef ? domains.get(domainRef) : undefined;
    (domain ?? other).systems.push(node);
  }

  const withoutSystem = emptySystem();
  const place = (kind: string, list: keyof Omit<SystemNode, 'entity'>) => {
    for (const entity of byKind(kind)) {
      const systemRef = systemRefOf(entity);
      const system = systemRef ? systems.get(systemRef) : undefined;
      (system ?? withoutSystem)[list].push(entity);
    }
  };
  place('component', 'components');
  place('api', 'apis');
  place('resource', 'resources');

  for (const node of systems.values()) {
    sortSystem(node);
  }
  if (
    withoutSystem.components.length +
      withoutSystem.apis.length +
      withoutSystem.resources.length >
    0
  ) {
    other.systems.push(withoutSystem);
  }

  return { domains: [...domains.values()], other };
}

/** Number of components, APIs and resources in a system node. */
export function sizeOfSystem(node: SystemNode): number {
  return node.components.length + node.apis.length + node.resources.length;
}

/** The system node for a slug-resolved ref, or the system-less bucket for {@link OTHER_SLUG}. */
export function findSystem(
  tree: DomainTree,
  systemRef: string | typeof OTHER_SLUG,
): { system: SystemNode; domain: DomainNode } | undefined {
  for (const domain of [...tree.domains, tree.other]) {
    for (const system of domain.systems) {
      const matches =
        systemRef === OTHER_SLUG
          ? !system.entity
          : system.entity && refOf(system.entity) === systemRef;
      if (matches) {
        return { system, domain };
      }
    }
  }
  return undefined;
}

/** Every system in the tree (not the system-less bucket), sorted by title, with its domain. */
export function allSystems(
  tree: DomainTree,
): { system: SystemNode & { entity: Entity }; domain: DomainNode }[] {
  return [...tree.domains, tree.other]
    .flatMap(domain =>
      domain.systems
        .filter((s): s is SystemNode & { entity: Entity } => !!s.entity)
        .map(system => ({ system, domain })),
    )
    .sort((a, b) => byTitle(a.system.entity, b.system.entity));
}
