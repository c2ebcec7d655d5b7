import { Link } from '@backstage/core-components';
import {
  EntityRefLinks,
  useEntityRefLink,
} from '@backstage/plugin-catalog-react';
import {
  Box,
  Card,
  CardActions,
  CardContent,
  Chip,
  Typography,
  makeStyles,
} from '@material-ui/core';
import { ReactNode } from 'react';

const useStyles = makeStyles(theme => ({
  card: { height: '100%', display: 'flex', flexDirection: 'column' },
  content: { flexGrow: 1 },
  overline: { lineHeight: 1.5 },
  description: { marginTop: theme.spacing(0.5) },
  owner: { marginTop: theme.spacing(1) },
  actions: {
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    padding: theme.spacing(1, 2, 2),
    '& > :not(:first-child)': { marginLeft: 0 },
  },
  chip: { marginRight: theme.spacing(0.5), marginTop: theme.spacing(0.5) },
}));

export interface ExploreCardProps {
  /** Small text above the title, e.g. "Component · service · production". */
  overline?: string;
  title: string;
  /** Where the title leads (a deeper Explore view, or the tool itself). */
  titleLink?: string;
  description?: string;
  /** Full refs of the owners; "No owner" says how to set one when empty. */
  ownerRefs?: string[];
  /** The entity, for the "Catalog page" link. */
  entityRef?: string;
  docsPath?: string;
  tags?: string[];
  children?: ReactNode;
  /** Extra links before "Catalog page" and "Docs". */
  actions?: ReactNode;
}

/**
 * One card of the Explore page: title, description, owner (linked to the
 * owning group), the entity's catalog page and its docs when it has them.
 * Rendered as an `article` named by its title (external title links add
 * "Opens in a new window" to the link's name, not to the card's).
 */
export function ExploreCard(props: ExploreCardProps) {
  const classes = useStyles();
  const entityLink = useEntityRefLink();
  const {
    overline,
    title,
    titleLink,
    description,
    ownerRefs,
    entityRef,
    docsPath,
    tags,
    children,
    actions,
  } = props;
  return (
    <Card
      component="article"
      aria-label={title}
      className={classes.card}
      variant="outlined"
    >
      <CardContent className={classes.content}>
        {overline && (
          <Typography
            variant="overline"
            color="textSecondary"
            display="block"
            className={classes.overline}
          >
            {overline}
          </Typography>
        )}
        <Typography variant="h6" component="h3">
          {titleLink ? <Link to={titleLink}>{title}</Link> : title}
        </Typography>
        <Typography
          variant="body2"
          color="textSecondary"
          className={classes.description}
        >
          {description || 'No description.'}
        </Typography>
        {ownerRefs && (
          <Typography variant="body2" className={classes.owner}>
            Owner:{' '}
            {ownerRefs.length > 0 ? (
              <EntityRefLinks entityRefs={ownerRefs} defaultKind="group" />
            ) : (
              <em>none (set spec.owner)</em>
            )}
          </Typography>
        )}
        {tags && tags.length > 0 && (
          <Box>
            {tags.map(tag => (
              <Chip
                key={tag}
                label={tag}
                size="small"
                className={classes.chip}
              />
            ))}
          </Box>
        )}
        {children}
      </CardContent>
      {(actions || entityRef || docsPath) && (
        <CardActions className={classes.actions}>
          {actions}
          {entityRef && <Link to={entityLink(entityRef)}>Catalog page</Link>}
          {docsPath && <Link to={docsPath}>Docs</Link>}
        </CardActions>
      )}
    </Card>
  );
}
