import { Entity } from '@backstage/catalog-model';

/** Where FolderUrlReader serves the test repository (src/__fixtures__). */
export const FIXTURES_BASE_URL = 'https://git.example.test/docs';

/** A component whose catalog file (and `dir:.` docs) is `<folder>` of the repository. */
export function docsComponent(name: string, folder: string): Entity {
  const location = `url:${FIXTURES_BASE_URL}/${folder}/catalog-info.yaml`;
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      uid: `uid-${name}`,
      annotations: {
        'backstage.io/techdocs-ref': 'dir:.',
        'backstage.io/managed-by-location': location,
        'backstage.io/managed-by-origin-location': location,
      },
    },
    spec: { type: 'service', owner: 'team-a', lifecycle: 'production' },
  };
}

/**
 * `techdocs` config that builds with the local mkdocs (without the
 * techdocs-core plugin) and publishes to a folder.
 */
export function localTechdocsConfig(publishDirectory: string) {
  return {
    builder: 'local',
    generator: {
      runIn: 'local',
      mkdocs: { omitTechdocsCorePlugin: true },
    },
    publisher: { type: 'local', local: { publishDirectory } },
  };
}
