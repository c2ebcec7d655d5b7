import { Entity } from '@backstage/catalog-model';
import {
  docsPathOf,
  ownerRefsOf,
  refFromSlug,
  slugOf,
  titleOf,
} from './entities';

const component = (fields: Partial<Entity['metadata']>, spec = {}): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'svc', ...fields },
  spec,
});

describe('entity helpers', () => {
  it('builds the TechDocs path only for entities with the annotation', () => {
    expect(
      docsPathOf(
        component({
          namespace: 'Team-A',
          annotations: { 'backstage.io/techdocs-ref': 'dir:.' },
        }),
      ),
    ).toBe('/docs/team-a/component/svc');
    expect(docsPathOf(component({}))).toBeUndefined();
  });

  it('resolves spec.owner against the entity namespace when relations are missing', () => {
    expect(
      ownerRefsOf(component({ namespace: 'ops' }, { owner: 'sre' })),
    ).toEqual(['group:ops/sre']);
    expect(ownerRefsOf(component({}, { owner: 'user:jane' }))).toEqual([
      'user:default/jane',
    ]);
    expect(ownerRefsOf(component({}))).toEqual([]);
  });

  it('round-trips slugs, with the namespace only outside default', () => {
    expect(slugOf(component({}))).toBe('svc');
    expect(slugOf(component({ namespace: 'ops' }))).toBe('ops:svc');
    expect(refFromSlug('system', 'ops:svc')).toBe('system:ops/svc');
    expect(refFromSlug('system', 'svc')).toBe('system:default/svc');
  });

  it('prefers the title, then the profile display name, then the name', () => {
    expect(titleOf(component({ title: 'Service' }))).toBe('Service');
    expect(
      titleOf(component({}, { profile: { displayName: 'Jane Doe' } })),
    ).toBe('Jane Doe');
    expect(titleOf(component({}))).toBe('svc');
  });
});
