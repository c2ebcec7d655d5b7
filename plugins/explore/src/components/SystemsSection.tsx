import {
  Breadcrumbs,
  Content,
  EmptyState,
  Link,
} from '@backstage/core-components';
import { Box, Typography, makeStyles } from '@material-ui/core';
import { Route, Routes, useParams } from 'react-router-dom';
import { useDomainTree } from '../hooks/useExploreData';
import {
  DomainTree,
  OTHER_SLUG,
  allSystems,
  findSystem,
  sizeOfSystem,
} from '../lib/domainTree';
import { refFromSlug, refOf, titleOf } from '../lib/entities';
import { AsyncView } from './AsyncView';
import {
  OTHER_DOMAIN_TITLE,
  SystemCard,
  WITHOUT_SYSTEM_TITLE,
} from './SystemCard';
import { CardGrid, EntityCard, EntitySection } from './EntityCards';
import { useExploreLinks } from './links';

const useStyles = makeStyles(theme => ({
  intro: { marginBottom: theme.spacing(2) },
}));

function SystemList(props: { tree: DomainTree }) {
  const classes = useStyles();
  const systems = allSystems(props.tree);
  const withoutSystem = props.tree.other.systems.find(s => !s.entity);
  if (systems.length === 0 && !withoutSystem) {
    return (
      <EmptyState
        missing="data"
        title="No systems in the catalog yet"
        description="A System groups the components, APIs and resources that work together (set spec.system on each). Add a System entity with spec.owner and spec.domain to a catalog-info.yaml the catalog reads."
      />
    );
  }
  return (
    <>
      <Typography className={classes.intro}>
        Every system, whatever its domain.
      </Typography>
      <CardGrid>
        {[
          ...systems.map(({ system }) => (
            <SystemCard key={refOf(system.entity)} node={system} />
          )),
          ...(withoutSystem
            ? [<SystemCard key={OTHER_SLUG} node={withoutSystem} />]
            : []),
        ]}
      </CardGrid>
    </>
  );
}

function SystemView(props: { tree: DomainTree; slug: string }) {
  const links = useExploreLinks();
  const { tree, slug } = props;
  const found = findSystem(
    tree,
    slug === OTHER_SLUG ? OTHER_SLUG : refFromSlug('system', slug),
  );
  if (!found) {
    return (
      <>
        <Breadcrumbs aria-label="breadcrumb">
          <Link to={links.systems()}>Systems</Link>
          <Typography>{slug}</Typography>
        </Breadcrumbs>
        <EmptyState
          missing="info"
          title={`No system named ${slug}`}
          description="It may have been renamed or removed from the catalog."
          action={<Link to={links.systems()}>See all systems</Link>}
        />
      </>
    );
  }
  const { system, domain } = found;
  const title = system.entity ? titleOf(system.entity) : WITHOUT_SYSTEM_TITLE;
  return (
    <>
      <Breadcrumbs aria-label="breadcrumb">
        <Link to={links.domains()}>Domains</Link>
        <Link to={links.domain(domain.entity)}>
          {domain.entity ? titleOf(domain.entity) : OTHER_DOMAIN_TITLE}
        </Link>
        <Typography>{title}</Typography>
      </Breadcrumbs>
      <Box my={2}>
        {system.entity ? (
          <EntityCard entity={system.entity} />
        ) : (
          <Typography>
            Components, APIs and resources whose spec.system is unset or names a
            system that is not in the catalog.
          </Typography>
        )}
      </Box>
      {sizeOfSystem(system) === 0 ? (
        <EmptyState
          missing="data"
          title={`Nothing belongs to ${title} yet`}
          description={`Set spec.system: ${
            system.entity?.metadata.name ?? ''
          } in a component's, API's or resource's catalog-info.yaml to list it here.`}
        />
      ) : (
        <>
          <EntitySection title="Components" entities={system.components} />
          <EntitySection title="APIs" entities={system.apis} />
          <EntitySection title="Resources" entities={system.resources} />
        </>
      )}
    </>
  );
}

function SystemRoute() {
  const { name = '' } = useParams();
  const state = useDomainTree();
  return (
    <AsyncView state={state}>
      {tree => <SystemView tree={tree} slug={name} />}
    </AsyncView>
  );
}

function SystemListRoute() {
  const state = useDomainTree();
  return (
    <AsyncView state={state}>{tree => <SystemList tree={tree} />}</AsyncView>
  );
}

/** /explore/systems: every system; /explore/systems/:name: what is in it. */
export function SystemsSection() {
  return (
    <Content>
      <Routes>
        <Route index element={<SystemListRoute />} />
        <Route path=":name" element={<SystemRoute />} />
      </Routes>
    </Content>
  );
}
