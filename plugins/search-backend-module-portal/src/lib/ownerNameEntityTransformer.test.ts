import { Entity } from '@backstage/catalog-model';
import {
  ownerName,
  ownerNameEntityTransformer,
} from './ownerNameEntityTransformer';

function component(owner: string | undefined, relationTarget?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'payments-service', namespace: 'default' },
    spec: { type: 'service', lifecycle: 'production', owner },
    relations: relationTarget
      ? [{ type: 'ownedBy', targetRef: relationTarget }]
      : [],
  };
}

describe('ownerNameEntityTransformer', () => {
  it('writes the same owner for the short and the full form of spec.owner', () => {
    const short = ownerNameEntityTransformer(
      component('payments-team', 'group:default/payments-team'),
    );
    const full = ownerNameEntityTransformer(
      component('group:default/payments-team', 'group:default/payments-team'),
    );
    expect(short.owner).toBe('payments-team');
    expect(full.owner).toBe('payments-team');
    // The rest is upstream's document.
    expect(full).toMatchObject({
      kind: 'Component',
      type: 'service',
      lifecycle: 'production',
    });
  });

  it('falls back to spec.owner before relations exist, and to empty', () => {
    expect(ownerName(component('user:default/amara'))).toBe('amara');
    expect(ownerName(component(undefined))).toBe('');
  });
});
