import { isSourceError } from './types';

describe('isSourceError', () => {
  it('tells error cells from data cells', () => {
    expect(
      isSourceError({ error: { reason: 'unreachable', message: 'down' } }),
    ).toBe(true);
    expect(isSourceError({ configured: false })).toBe(false);
    expect(isSourceError({ status: 'success', provider: 'github' })).toBe(
      false,
    );
  });
});
