import { ConfigReader } from '@backstage/config';
import { tools as toolEntities } from '../__fixtures__/catalog';
import {
  DEFAULT_TOOL_KINDS,
  DEFAULT_TOOL_TYPES,
  matchesTool,
  mergeTools,
  readToolsConfig,
} from './tools';

describe('readToolsConfig', () => {
  it('reads configured tools with their owner as a group ref', () => {
    const settings = readToolsConfig(
      new ConfigReader({
        explore: {
          tools: [
            {
              title: 'Grafana',
              url: 'https://grafana.example.com',
              description: 'Dashboards',
              tags: ['observability'],
              owner: 'platform-team',
            },
            { title: 'Status', url: 'https://status.example.com' },
          ],
          toolTypes: ['tool', 'cli'],
        },
      }),
    );
    expect(settings.tools).toEqual([
      {
        key: 'config:https://grafana.example.com',
        title: 'Grafana',
        url: 'https://grafana.example.com',
        description: 'Dashboards',
        tags: ['observability'],
        ownerRefs: ['group:default/platform-team'],
        source: 'config',
      },
      expect.objectContaining({ title: 'Status', ownerRefs: [], tags: [] }),
    ]);
    expect(settings.toolTypes).toEqual(['tool', 'cli']);
    expect(settings.toolKinds).toEqual(DEFAULT_TOOL_KINDS);
  });

  it('defaults to no tools, type tool, kinds Component and Resource', () => {
    expect(readToolsConfig(new ConfigReader({}))).toEqual({
      tools: [],
      toolTypes: DEFAULT_TOOL_TYPES,
      toolKinds: ['Component', 'Resource'],
    });
  });

  it('rejects a URL that is not a link', () => {
    expect(() =>
      readToolsConfig(
        new ConfigReader({
          explore: { tools: [{ title: 'X', url: 'ftp://files.example.com' }] },
        }),
      ),
    ).toThrow(/explore.tools\[0\].url/);
  });

  it('rejects a tool without a title', () => {
    expect(() =>
      readToolsConfig(
        new ConfigReader({ explore: { tools: [{ url: 'https://x' }] } }),
      ),
    ).toThrow(/title/);
  });
});

describe('mergeTools', () => {
  const configured = readToolsConfig(
    new ConfigReader({
      explore: {
        tools: [
          { title: 'Zeta', url: 'https://zeta.example.com' },
          // Same URL as the catalog entity: the entity wins.
          { title: 'CLI (old link)', url: 'https://tools.example.com/cli' },
        ],
      },
    }),
  ).tools;

  it('lists config links and catalog tools by title, the catalog entity replacing a duplicate link', () => {
    const merged = mergeTools(configured, toolEntities);
    expect(merged.map(t => [t.title, t.source])).toEqual([
      ['Northwind CLI', 'catalog'],
      ['Zeta', 'config'],
    ]);
    expect(merged[0]).toMatchObject({
      url: 'https://tools.example.com/cli',
      ownerRefs: ['group:default/platform-team'],
      entityRef: 'component:default/northwind-cli',
      docsPath: '/docs/default/component/northwind-cli',
      tags: ['cli'],
    });
  });

  it('filters by title, description and tag', () => {
    const merged = mergeTools(configured, toolEntities);
    expect(merged.filter(t => matchesTool(t, 'terminal'))).toHaveLength(1);
    expect(merged.filter(t => matchesTool(t, 'CLI'))).toHaveLength(1);
    expect(merged.filter(t => matchesTool(t, ''))).toHaveLength(2);
  });
});
