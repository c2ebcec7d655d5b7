import { configApiRef, useApi } from '@backstage/frontend-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { TREE_KINDS, buildDomainTree } from '../lib/domainTree';
import { buildGroupDirectory } from '../lib/groupDirectory';
import { mergeTools, readToolsConfig } from '../lib/tools';

/** Only what the cards show, so large catalogs stay cheap to load. */
const CARD_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.description',
  'metadata.annotations',
  'metadata.tags',
  'metadata.links',
  'spec.type',
  'spec.lifecycle',
  'spec.owner',
  'spec.domain',
  'spec.system',
  'relations',
];

/** Domains, systems, components, APIs and resources as a tree. */
export function useDomainTree() {
  const catalogApi = useApi(catalogApiRef);
  return useAsync(async () => {
    const { items } = await catalogApi.getEntities({
      filter: TREE_KINDS.map(kind => ({ kind })),
      fields: CARD_FIELDS,
    });
    return buildDomainTree(items);
  }, [catalogApi]);
}

/** Every group with its members, what it owns and its contact. */
export function useGroupDirectory() {
  const catalogApi = useApi(catalogApiRef);
  return useAsync(async () => {
    const [groups, users] = await Promise.all([
      catalogApi.getEntities({ filter: { kind: 'Group' } }),
      catalogApi.getEntities({
        filter: { kind: 'User' },
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.title',
          'spec.profile',
          'spec.memberOf',
          'relations',
        ],
      }),
    ]);
    return buildGroupDirectory(groups.items, users.items);
  }, [catalogApi]);
}

/** Configured tool links and catalog entities of a tool type. */
export function useTools() {
  const catalogApi = useApi(catalogApiRef);
  const configApi = useApi(configApiRef);
  return useAsync(async () => {
    const settings = readToolsConfig(configApi);
    const { items } = await catalogApi.getEntities({
      filter: settings.toolKinds.map(kind => ({
        kind,
        'spec.type': settings.toolTypes,
      })),
      fields: CARD_FIELDS,
    });
    return { ...settings, tools: mergeTools(settings.tools, items) };
  }, [catalogApi, configApi]);
}
