import { Config } from '@backstage/config';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { docsPathOf, ownerRefsOf, refOf, titleOf } from './entities';

export const DEFAULT_TOOL_TYPES = ['tool'];
export const DEFAULT_TOOL_KINDS = ['Component', 'Resource'];

/** One entry of the tools directory. */
export interface Tool {
  /** Stable key: the entity ref, or `config:<url>`. */
  key: string;
  title: string;
  /** Where the tool itself is; undefined for a catalog entity without links. */
  url?: string;
  description?: string;
  tags: string[];
  ownerRefs: string[];
  /** Set for catalog entities. */
  entityRef?: string;
  docsPath?: string;
  source: 'config' | 'catalog';
}

export interface ToolsSettings {
  tools: Tool[];
  toolTypes: string[];
  toolKinds: string[];
}

function ownerRef(owner: string | undefined, key: string): string[] {
  if (!owner) {
    return [];
  }
  try {
    return [
      stringifyEntityRef(
        parseEntityRef(owner, {
          defaultKind: 'group',
          defaultNamespace: 'default',
        }),
      ),
    ];
  } catch {
    throw new Error(`explore.tools: '${key}' has an invalid owner '${owner}'`);
  }
}

/** Reads `explore.tools`, `explore.toolTypes` and `explore.toolKinds`. */
export function readToolsConfig(config: Config): ToolsSettings {
  const tools = (config.getOptionalConfigArray('explore.tools') ?? []).map(
    (tool, index): Tool => {
      const title = tool.getString('title');
      const url = tool.getString('url');
      if (!/^(https?:|mailto:|\/)/i.test(url)) {
        throw new Error(
          `explore.tools[${index}].url must start with http:, https:, mailto: or /, got '${url}'`,
        );
      }
      return {
        key: `config:${url}`,
        title,
        url,
        description: tool.getOptionalString('description'),
        tags: tool.getOptionalStringArray('tags') ?? [],
        ownerRefs: ownerRef(tool.getOptionalString('owner'), title),
        source: 'config',
      };
    },
  );
  return {
    tools,
    toolTypes:
      config.getOptionalStringArray('explore.toolTypes') ?? DEFAULT_TOOL_TYPES,
    toolKinds:
      config.getOptionalStringArray('explore.toolKinds') ?? DEFAULT_TOOL_KINDS,
  };
}

/** A catalog entity as a tool: its first link is where the tool lives. */
export function toolFromEntity(entity: Entity): Tool {
  const link = entity.metadata.links?.[0];
  return {
    key: refOf(entity),
    title: titleOf(entity),
    url: link?.url,
    description: entity.metadata.description,
    tags: [...(entity.metadata.tags ?? [])],
    ownerRefs: ownerRefsOf(entity),
    entityRef: refOf(entity),
    docsPath: docsPathOf(entity),
    source: 'catalog',
  };
}

/** Configured links and catalog tools in one list, sorted by title; a catalog tool with the same URL as a configured one replaces it. */
export function mergeTools(configured: Tool[], entities: Entity[]): Tool[] {
  const fromCatalog = entities.map(toolFromEntity);
  const catalogUrls = new Set(fromCatalog.map(t => t.url).filter(Boolean));
  return [
    ...configured.filter(t => !catalogUrls.has(t.url)),
    ...fromCatalog,
  ].sort((a, b) => a.title.localeCompare(b.title));
}

/** Whether a tool matches a free-text filter (title, description, tags). */
export function matchesTool(tool: Tool, text: string): boolean {
  const needle = text.trim().toLocaleLowerCase('en-US');
  if (!needle) {
    return true;
  }
  return [tool.title, tool.description ?? '', ...tool.tags].some(value =>
    value.toLocaleLowerCase('en-US').includes(needle),
  );
}
