import { ReactNode } from 'react';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { Link } from '@backstage/core-components';
import { HighlightedSearchResultText } from '@backstage/plugin-search-react';
import {
  ResultHighlight,
  SearchDocument,
} from '@backstage/plugin-search-common';
import { ResultFacts } from './ResultFacts';

const useStyles = makeStyles(theme => ({
  item: { display: 'flex', marginBottom: theme.spacing(2) },
  text: {
    width: '100%',
    wordBreak: 'break-word',
    marginBottom: theme.spacing(1),
  },
}));

/** Fields both collators write that the result shows. */
export type PortalSearchDocument = SearchDocument & {
  kind?: string;
  type?: string;
  lifecycle?: string;
  owner?: string;
  namespace?: string;
};

function Highlighted(props: {
  field: 'title' | 'text';
  fallback: ReactNode;
  highlight?: ResultHighlight;
}) {
  const { field, fallback, highlight } = props;
  const text = highlight?.fields?.[field];
  if (!text || !highlight) {
    return <>{fallback}</>;
  }
  return (
    <HighlightedSearchResultText
      text={text}
      preTag={highlight.preTag}
      postTag={highlight.postTag}
    />
  );
}

/** One result: its title (linked), a line of text, its kind and owner. */
export const PortalResultListItem = (props: {
  result?: PortalSearchDocument;
  highlight?: ResultHighlight;
  icon?: ReactNode;
  title?: ReactNode;
  subtitle?: ReactNode;
}) => {
  const { result, highlight, icon, subtitle } = props;
  const classes = useStyles();
  if (!result) {
    return null;
  }
  return (
    <div className={classes.item} data-testid="portal-search-result">
      {icon && <ListItemIcon>{icon}</ListItemIcon>}
      <div style={{ width: '100%' }}>
        <ListItemText
          className={classes.text}
          primaryTypographyProps={{ variant: 'h6', component: 'h3' }}
          primary={
            <Link noTrack to={result.location}>
              {props.title ?? (
                <Highlighted
                  field="title"
                  fallback={result.title}
                  highlight={highlight}
                />
              )}
            </Link>
          }
          secondary={
            <>
              {subtitle && (
                <Typography component="span" variant="caption" display="block">
                  {subtitle}
                </Typography>
              )}
              <Typography
                component="span"
                variant="body2"
                color="textSecondary"
                style={{
                  display: '-webkit-box',
                  WebkitBoxOrient: 'vertical',
                  WebkitLineClamp: 3,
                  overflow: 'hidden',
                }}
              >
                <Highlighted
                  field="text"
                  fallback={result.text}
                  highlight={highlight}
                />
              </Typography>
            </>
          }
        />
        <ResultFacts
          kind={result.kind}
          type={result.type}
          lifecycle={result.lifecycle}
          owner={result.owner}
          namespace={result.namespace}
        />
      </div>
    </div>
  );
};

/** A catalog entity (`software-catalog` documents). */
export const CatalogResultListItem = (props: {
  result?: PortalSearchDocument;
  highlight?: ResultHighlight;
  icon?: ReactNode;
}) => <PortalResultListItem {...props} />;

/** A page of an entity's documentation (`techdocs` documents). */
export const TechDocsResultListItem = (props: {
  result?: PortalSearchDocument & { entityTitle?: string; name?: string };
  highlight?: ResultHighlight;
  icon?: ReactNode;
}) => {
  const { result } = props;
  const docsOf = result?.entityTitle || result?.name;
  return (
    <PortalResultListItem
      {...props}
      subtitle={docsOf ? `Documentation of ${docsOf}` : undefined}
    />
  );
};
