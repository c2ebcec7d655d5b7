import { catalogGitSourcesPlugin } from './plugin';

describe('catalogGitSourcesPlugin', () => {
  it('is the catalog-git-sources plugin with its root route', () => {
    expect(catalogGitSourcesPlugin.id).toBe('catalog-git-sources');
    expect(catalogGitSourcesPlugin.routes.root).toBeDefined();
  });
});
