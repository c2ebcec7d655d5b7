import { Typography, makeStyles } from '@material-ui/core';
import { SystemNode } from '../lib/domainTree';
import { refOf, titleOf } from '../lib/entities';
import { EntityCard } from './EntityCards';
import { ExploreCard } from './ExploreCard';
import { useExploreLinks } from './links';

const useStyles = makeStyles(theme => ({
  list: { margin: theme.spacing(1, 0, 0), paddingLeft: theme.spacing(2.5) },
}));

export const OTHER_DOMAIN_TITLE = 'Other';
export const WITHOUT_SYSTEM_TITLE = 'Without a system';

export function plural(count: number, word: string) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "2 components · 1 API" */
export function describeSystem(node: SystemNode): string {
  const parts = [
    node.components.length && plural(node.components.length, 'component'),
    node.apis.length && plural(node.apis.length, 'API'),
    node.resources.length && plural(node.resources.length, 'resource'),
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : 'Nothing belongs to it yet';
}

/** A system's card: what is in it, and a link to see it. */
export function SystemCard(props: { node: SystemNode }) {
  const classes = useStyles();
  const links = useExploreLinks();
  const { node } = props;
  const names = [...node.components, ...node.apis, ...node.resources];
  const summary = (
    <>
      <Typography variant="body2" style={{ marginTop: 8 }}>
        {describeSystem(node)}
      </Typography>
      {names.length > 0 && (
        <ul className={classes.list}>
          {names.slice(0, 5).map(entity => (
            <li key={refOf(entity)}>
              <Typography variant="body2">{titleOf(entity)}</Typography>
            </li>
          ))}
          {names.length > 5 && (
            <li>
              <Typography variant="body2">
                and {names.length - 5} more
              </Typography>
            </li>
          )}
        </ul>
      )}
    </>
  );
  if (!node.entity) {
    return (
      <ExploreCard
        title={WITHOUT_SYSTEM_TITLE}
        titleLink={links.system()}
        description="Components, APIs and resources whose spec.system is unset or names a system that is not in the catalog."
      >
        {summary}
      </ExploreCard>
    );
  }
  return (
    <EntityCard entity={node.entity} titleLink={links.system(node.entity)}>
      {summary}
    </EntityCard>
  );
}
