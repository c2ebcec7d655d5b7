import { matchesLabels, parseLabelSelector } from './labelSelector';

describe('label selectors', () => {
  const labels = {
    'backstage.io/kubernetes-id': 'ledger-service',
    tier: 'api',
  };

  it.each([
    ['backstage.io/kubernetes-id=ledger-service', true],
    ['backstage.io/kubernetes-id==ledger-service', true],
    ['backstage.io/kubernetes-id=payments-service', false],
    ['backstage.io/kubernetes-id!=payments-service', true],
    ['tier in (api, web)', true],
    ['tier notin (api)', false],
    ['tier', true],
    ['!tier', false],
    ['tier=api,backstage.io/kubernetes-id=ledger-service', true],
    ['', true],
  ])('%s matches: %s', (selector, expected) => {
    expect(matchesLabels(parseLabelSelector(selector), labels)).toBe(expected);
  });

  it('rejects what the API server rejects', () => {
    expect(() => parseLabelSelector('a b')).toThrow(
      'unable to parse requirement',
    );
  });
});
