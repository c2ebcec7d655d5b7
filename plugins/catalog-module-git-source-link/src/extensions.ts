import { EntityIconLinkBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { useGitSourceLinkProps } from './useGitSourceLinkProps';

/**
 * Replaces the catalog's `entity-icon-link:catalog/view-source` (same name,
 * same plugin), so the About card links entities from Git to a web page.
 */
export const gitSourceIconLink = EntityIconLinkBlueprint.make({
  name: 'view-source',
  params: {
    useProps: useGitSourceLinkProps,
  },
});
