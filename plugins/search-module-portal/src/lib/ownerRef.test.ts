import { ownerRefString, parseOwnerRef } from './ownerRef';

describe('parseOwnerRef', () => {
  it('reads a bare name as a group in the document namespace', () => {
    expect(parseOwnerRef('payments-team')).toEqual({
      kind: 'group',
      namespace: 'default',
      name: 'payments-team',
    });
    expect(ownerRefString('payments-team', 'finance')).toBe(
      'group:finance/payments-team',
    );
  });

  it('keeps an explicit kind and namespace', () => {
    expect(ownerRefString('user:default/guest')).toBe('user:default/guest');
    expect(ownerRefString('group:Ops/SRE')).toBe('group:ops/sre');
  });

  it('has no owner for empty or malformed values', () => {
    expect(parseOwnerRef('')).toBeUndefined();
    expect(parseOwnerRef(undefined)).toBeUndefined();
    expect(parseOwnerRef('group:default/')).toBeUndefined();
    expect(parseOwnerRef('   ')).toBeUndefined();
  });
});
