import {
  Breadcrumbs,
  CodeSnippet,
  Content,
  EmptyState,
  Link,
} from '@backstage/core-components';
import { Box, Typography, makeStyles } from '@material-ui/core';
import { Route, Routes, useParams } from 'react-router-dom';
import { useDomainTree } from '../hooks/useExploreData';
import { DomainNode, DomainTree, OTHER_SLUG } from '../lib/domainTree';
import { refFromSlug, refOf, titleOf } from '../lib/entities';
import { AsyncView } from './AsyncView';
import { CardGrid, EntityCard } from './EntityCards';
import { ExploreCard } from './ExploreCard';
import {
  OTHER_DOMAIN_TITLE,
  SystemCard,
  WITHOUT_SYSTEM_TITLE,
  plural,
} from './SystemCard';
import { useExploreLinks } from './links';

const useStyles = makeStyles(theme => ({
  intro: { marginBottom: theme.spacing(2) },
}));

const DOMAIN_EXAMPLE = `apiVersion: backstage.io/v1alpha1
kind: Domain
metadata:
  name: commerce
  description: Everything a customer touches when buying from us.
spec:
  owner: payments-team
---
# and in each System: spec.domain: commerce`;

function DomainCard(props: { node: DomainNode }) {
  const links = useExploreLinks();
  const { node } = props;
  const systems = (
    <Typography variant="body2" style={{ marginTop: 8 }}>
      {node.systems.length === 0
        ? 'No systems yet'
        : `${plural(node.systems.length, 'system')}: ${node.systems
            .map(s => (s.entity ? titleOf(s.entity) : WITHOUT_SYSTEM_TITLE))
            .join(', ')}`}
    </Typography>
  );
  if (!node.entity) {
    return (
      <ExploreCard
        title={OTHER_DOMAIN_TITLE}
        titleLink={links.domain()}
        description="Systems without a domain, and components and APIs without a system."
      >
        {systems}
      </ExploreCard>
    );
  }
  return (
    <EntityCard entity={node.entity} titleLink={links.domain(node.entity)}>
      {systems}
    </EntityCard>
  );
}

function DomainList(props: { tree: DomainTree }) {
  const classes = useStyles();
  const { domains, other } = props.tree;
  const cards = [
    ...domains.map(node => (
      <DomainCard key={refOf(node.entity!)} node={node} />
    )),
    ...(other.systems.length > 0
      ? [<DomainCard key={OTHER_SLUG} node={other} />]
      : []),
  ];
  return (
    <>
      {domains.length === 0 ? (
        <EmptyState
          missing="data"
          title="No domains in the catalog yet"
          description="Domains group systems by business area (commerce, payments, developer platform). Add a Domain entity to a catalog-info.yaml the catalog reads, and set spec.domain on each System, for example:"
          action={<CodeSnippet language="yaml" text={DOMAIN_EXAMPLE} />}
        />
      ) : (
        <Typography variant="body1" className={classes.intro}>
          Pick a business domain to see its systems, then a system to see its
          components, APIs and resources, each with its owner and docs.
        </Typography>
      )}
      {cards.length > 0 && <CardGrid>{cards}</CardGrid>}
    </>
  );
}

function DomainView(props: { tree: DomainTree; slug: string }) {
  const classes = useStyles();
  const links = useExploreLinks();
  const { tree, slug } = props;
  const node =
    slug === OTHER_SLUG
      ? tree.other
      : tree.domains.find(
          d => d.entity && refOf(d.entity) === refFromSlug('domain', slug),
        );
  const crumbs = (title: string) => (
    <Breadcrumbs aria-label="breadcrumb">
      <Link to={links.domains()}>Domains</Link>
      <Typography>{title}</Typography>
    </Breadcrumbs>
  );
  if (!node) {
    return (
      <>
        {crumbs(slug)}
        <EmptyState
          missing="info"
          title={`No domain named ${slug}`}
          description="It may have been renamed or removed from the catalog."
          action={<Link to={links.domains()}>See all domains</Link>}
        />
      </>
    );
  }
  const title = node.entity ? titleOf(node.entity) : OTHER_DOMAIN_TITLE;
  return (
    <>
      {crumbs(title)}
      <Box my={2}>
        {node.entity ? (
          <EntityCard entity={node.entity} />
        ) : (
          <Typography className={classes.intro}>
            Systems without a domain (set spec.domain), and components, APIs and
            resources without a system (set spec.system).
          </Typography>
        )}
      </Box>
      <Typography variant="h5" component="h2" gutterBottom>
        Systems ({node.systems.filter(s => s.entity).length})
      </Typography>
      {node.systems.length === 0 ? (
        <EmptyState
          missing="data"
          title={`${title} has no systems yet`}
          description={`Set spec.domain: ${
            node.entity?.metadata.name ?? ''
          } on a System entity to place it here.`}
        />
      ) : (
        <CardGrid>
          {node.systems.map(system => (
            <SystemCard
              key={system.entity ? refOf(system.entity) : OTHER_SLUG}
              node={system}
            />
          ))}
        </CardGrid>
      )}
    </>
  );
}

function DomainRoute() {
  const { name = '' } = useParams();
  const state = useDomainTree();
  return (
    <AsyncView state={state}>
      {tree => <DomainView tree={tree} slug={name} />}
    </AsyncView>
  );
}

function DomainListRoute() {
  const state = useDomainTree();
  return (
    <AsyncView state={state}>{tree => <DomainList tree={tree} />}</AsyncView>
  );
}

/** /explore/domains: every domain; /explore/domains/:name: its systems. */
export function DomainsSection() {
  return (
    <Content>
      <Routes>
        <Route index element={<DomainListRoute />} />
        <Route path=":name" element={<DomainRoute />} />
      </Routes>
    </Content>
  );
}
