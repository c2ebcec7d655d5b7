import { Entity } from '@backstage/catalog-model';
import { Grid, Typography, makeStyles } from '@material-ui/core';
import { Children, ReactNode, isValidElement } from 'react';
import {
  docsPathOf,
  ownerRefsOf,
  refOf,
  specString,
  titleOf,
} from '../lib/entities';
import { ExploreCard } from './ExploreCard';

const useStyles = makeStyles(theme => ({
  section: { marginTop: theme.spacing(3) },
}));

/** "Component · service · production" */
export function overlineOf(entity: Entity): string {
  return [
    entity.kind,
    specString(entity, 'type'),
    specString(entity, 'lifecycle'),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** A card for any catalog entity: owner, catalog page and docs. */
export function EntityCard(props: {
  entity: Entity;
  titleLink?: string;
  children?: ReactNode;
  actions?: ReactNode;
}) {
  const { entity } = props;
  return (
    <ExploreCard
      overline={overlineOf(entity)}
      title={titleOf(entity)}
      titleLink={props.titleLink}
      description={entity.metadata.description}
      ownerRefs={ownerRefsOf(entity)}
      entityRef={refOf(entity)}
      docsPath={docsPathOf(entity)}
      actions={props.actions}
    >
      {props.children}
    </ExploreCard>
  );
}

/** A responsive grid of cards: one column on a phone, three on a laptop. */
export function CardGrid(props: { children: ReactNode }) {
  return (
    <Grid container spacing={2} alignItems="stretch">
      {Children.toArray(props.children).map((child, index) => (
        <Grid
          item
          xs={12}
          sm={6}
          lg={4}
          key={isValidElement(child) && child.key !== null ? child.key : index}
        >
          {child}
        </Grid>
      ))}
    </Grid>
  );
}

/** A titled section of entity cards; renders nothing for an empty list. */
export function EntitySection(props: { title: string; entities: Entity[] }) {
  const classes = useStyles();
  if (props.entities.length === 0) {
    return null;
  }
  return (
    <section className={classes.section} aria-label={props.title}>
      <Typography variant="h5" component="h2" gutterBottom>
        {props.title} ({props.entities.length})
      </Typography>
      <CardGrid>
        {props.entities.map(entity => (
          <EntityCard key={refOf(entity)} entity={entity} />
        ))}
      </CardGrid>
    </section>
  );
}
