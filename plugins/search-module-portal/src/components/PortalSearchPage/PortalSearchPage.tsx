import { ReactElement } from 'react';
import Grid from '@material-ui/core/Grid';
import Paper from '@material-ui/core/Paper';
import { makeStyles } from '@material-ui/core/styles';
import { CatalogIcon, Content } from '@backstage/core-components';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import { SearchType } from '@backstage/plugin-search';
import {
  SearchBar,
  SearchContextProvider,
} from '@backstage/plugin-search-react';
import { SearchFilterExtensionComponent } from '@backstage/plugin-search-react/alpha';
import { UrlUpdater } from './UrlUpdater';
import { ResultItem, SearchResults } from './SearchResults';

const useStyles = makeStyles(theme => ({
  filter: { '& + &': { marginTop: theme.spacing(2.5) } },
  filters: { padding: theme.spacing(2), marginTop: theme.spacing(2) },
}));

/** A result type of the type selector (`software-catalog`, `techdocs`). */
export type ResultType = { value: string; name: string; icon: ReactElement };

/** Props of {@link PortalSearchPage}: what the page's extension inputs hold. */
export type PortalSearchPageProps = {
  items: ResultItem[];
  resultTypes: ResultType[];
  searchFilters: SearchFilterExtensionComponent[];
};

const PortalSearchPageContent = (props: PortalSearchPageProps) => {
  const classes = useStyles();
  const configApi = useApi(configApiRef);
  return (
    <Content>
      <Grid container direction="row">
        <Grid item xs={12}>
          <SearchBar debounceTime={300} />
        </Grid>
        <Grid item xs={12} md={3}>
          <SearchType.Accordion
            name="Result Type"
            defaultValue={configApi.getOptionalString('search.defaultType')}
            showCounts
            types={[
              {
                value: 'software-catalog',
                name: 'Software Catalog',
                icon: <CatalogIcon />,
              },
              ...props.resultTypes,
            ]}
          />
          <Paper className={classes.filters} aria-label="Filters">
            {props.searchFilters.map((Filter, index) => (
              <Filter key={index} className={classes.filter} />
            ))}
          </Paper>
        </Grid>
        <Grid item xs>
          <SearchResults items={props.items} />
        </Grid>
      </Grid>
    </Content>
  );
};

/**
 * The portal's search page: the upstream page's layout, with every filter
 * coming from `search-filter` extensions, and results that explain an empty
 * or refused search instead of showing an error panel.
 */
export const PortalSearchPage = (props: PortalSearchPageProps) => (
  <SearchContextProvider>
    <UrlUpdater />
    <PortalSearchPageContent {...props} />
  </SearchContextProvider>
);
