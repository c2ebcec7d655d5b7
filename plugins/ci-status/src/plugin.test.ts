import { ciStatusPlugin } from './plugin';

describe('ciStatusPlugin', () => {
  it('provides the CI tab, the CI card and the API', () => {
    expect(ciStatusPlugin.id).toBe('ci-status');
  });
});
