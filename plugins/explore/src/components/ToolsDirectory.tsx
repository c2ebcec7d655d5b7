import {
  CodeSnippet,
  Content,
  EmptyState,
  Link,
} from '@backstage/core-components';
import { Typography } from '@material-ui/core';
import { useState } from 'react';
import { useTools } from '../hooks/useExploreData';
import { Tool, ToolsSettings, matchesTool } from '../lib/tools';
import { AsyncView } from './AsyncView';
import { CardGrid } from './EntityCards';
import { ExploreCard } from './ExploreCard';
import { FilterField } from './FilterField';

function toolsExample(settings: ToolsSettings) {
  return `# app-config.yaml
explore:
  tools:
    - title: Grafana
      url: https://grafana.example.com
      description: Dashboards and alerts for every service.
      tags: [observability]
      owner: platform-team
# or a catalog entity: kind ${settings.toolKinds.join(
    ' or ',
  )} with spec.type ${settings.toolTypes.join(' or ')}`;
}

function ToolCard(props: { tool: Tool }) {
  const { tool } = props;
  return (
    <ExploreCard
      overline={tool.source === 'catalog' ? 'Tool · in the catalog' : 'Tool'}
      title={tool.title}
      titleLink={tool.url}
      description={tool.description}
      ownerRefs={
        tool.source === 'catalog' || tool.ownerRefs.length > 0
          ? tool.ownerRefs
          : undefined
      }
      tags={tool.tags}
      entityRef={tool.entityRef}
      docsPath={tool.docsPath}
      actions={tool.url ? <Link to={tool.url}>Open</Link> : undefined}
    />
  );
}

function ToolList(props: { settings: ToolsSettings }) {
  const [filter, setFilter] = useState('');
  const { tools } = props.settings;
  if (tools.length === 0) {
    return (
      <EmptyState
        missing="data"
        title="No tools listed yet"
        description="List the tools your engineers use (dashboards, CLIs, consoles) under explore.tools in app-config.yaml, or register them in the catalog with a tool type:"
        action={
          <CodeSnippet language="yaml" text={toolsExample(props.settings)} />
        }
      />
    );
  }
  const shown = tools.filter(t => matchesTool(t, filter));
  return (
    <>
      <FilterField
        label="Filter tools by name, description or tag"
        placeholder="Name, description or tag"
        value={filter}
        onChange={setFilter}
      />
      {shown.length === 0 ? (
        <Typography>No tool matches “{filter}”.</Typography>
      ) : (
        <CardGrid>
          {shown.map(tool => (
            <ToolCard key={tool.key} tool={tool} />
          ))}
        </CardGrid>
      )}
    </>
  );
}

/** /explore/tools: configured links and catalog entities of a tool type. */
export function ToolsDirectory() {
  const state = useTools();
  return (
    <Content>
      <AsyncView state={state}>
        {settings => <ToolList settings={settings} />}
      </AsyncView>
    </Content>
  );
}
