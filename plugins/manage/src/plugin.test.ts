import { managePlugin } from './plugin';

describe('managePlugin', () => {
  it('is the manage plugin with its root route', () => {
    expect(managePlugin.id).toBe('manage');
    expect(managePlugin.routes.root).toBeDefined();
  });
});
