import { Entity } from '@backstage/catalog-model';
import {
  apis,
  components,
  domains,
  resources,
  systems,
} from '../__fixtures__/catalog';
import {
  OTHER_SLUG,
  allSystems,
  buildDomainTree,
  findSystem,
} from './domainTree';

const names = (entities: (Entity | undefined)[]) =>
  entities.map(e => e?.metadata.name ?? '(none)');

describe('buildDomainTree', () => {
  const tree = buildDomainTree([
    ...components,
    ...apis,
    ...resources,
    ...systems,
    ...domains,
  ]);

  it('puts each system under its domain, sorted by title', () => {
    expect(names(tree.domains.map(d => d.entity))).toEqual([
      'commerce',
      'developer-platform',
    ]);
    const [commerce, platform] = tree.domains;
    expect(names(commerce.systems.map(s => s.entity))).toEqual([
      'payments',
      'storefront',
    ]);
    expect(platform.systems).toEqual([]);
  });

  it('puts components, APIs and resources under their system', () => {
    const payments = tree.domains[0].systems[0];
    expect(names(payments.components)).toEqual([
      'ledger-service',
      'payments-service',
    ]);
    expect(names(payments.apis)).toEqual(['payments-api']);
    expect(names(payments.resources)).toEqual(['payments-db']);
  });

  it('keeps systems without a domain and components without a system findable under Other', () => {
    expect(tree.other.entity).toBeUndefined();
    expect(names(tree.other.systems.map(s => s.entity))).toEqual([
      'reporting',
      '(none)',
    ]);
    const withoutSystem = tree.other.systems[1];
    expect(names(withoutSystem.components)).toEqual(['legacy-batch']);
  });

  it('treats a system whose domain is not in the catalog as Other', () => {
    const lost: Entity = {
      ...systems[0],
      metadata: { name: 'lost', namespace: 'default' },
      spec: { owner: 'x', domain: 'atlantis' },
      relations: [{ type: 'partOf', targetRef: 'domain:default/atlantis' }],
    };
    const t = buildDomainTree([...domains, lost]);
    expect(names(t.other.systems.map(s => s.entity))).toEqual(['lost']);
  });

  it('falls back to spec.domain and spec.system when relations are missing', () => {
    const bare = (e: Entity): Entity => ({ ...e, relations: undefined });
    const t = buildDomainTree(
      [...domains, ...systems, ...components].map(bare),
    );
    expect(names(t.domains[0].systems.map(s => s.entity))).toEqual([
      'payments',
      'storefront',
    ]);
    expect(names(t.domains[0].systems[0].components)).toEqual([
      'ledger-service',
      'payments-service',
    ]);
  });

  it('leaves Other empty when everything has a parent', () => {
    const t = buildDomainTree([domains[0], systems[0], components[0]]);
    expect(t.other.systems).toEqual([]);
  });

  it('finds a system and its domain by ref, and the system-less bucket', () => {
    const found = findSystem(tree, 'system:default/payments');
    expect(found?.domain.entity?.metadata.name).toBe('commerce');
    expect(found?.system.entity?.metadata.name).toBe('payments');
    expect(names(findSystem(tree, OTHER_SLUG)!.system.components)).toEqual([
      'legacy-batch',
    ]);
    expect(findSystem(tree, 'system:default/nope')).toBeUndefined();
  });

  it('lists every real system across domains', () => {
    expect(
      allSystems(tree).map(({ system, domain }) => [
        system.entity.metadata.name,
        domain.entity?.metadata.name,
      ]),
    ).toEqual([
      ['payments', 'commerce'],
      ['reporting', undefined],
      ['storefront', 'commerce'],
    ]);
  });
});
