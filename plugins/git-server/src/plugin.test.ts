import { gitServerPlugin } from './plugin';

describe('gitServerPlugin', () => {
  it('is the git-server plugin with its root route', () => {
    expect(gitServerPlugin.id).toBe('git-server');
    expect(gitServerPlugin.routes.root).toBeDefined();
  });
});
