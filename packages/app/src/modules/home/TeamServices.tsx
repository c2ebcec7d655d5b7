import {
  Link,
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import { Entity, parseEntityRef } from '@backstage/catalog-model';
import { catalogApiRef, EntityRefLink } from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';

/** Components owned by the signed-in user's groups (and the user), by name. */
export function useTeamServices() {
  const identityApi = useApi(identityApiRef);
  const catalogApi = useApi(catalogApiRef);
  return useAsync(async () => {
    const { ownershipEntityRefs } = await identityApi.getBackstageIdentity();
    const owners = ownershipEntityRefs.filter(ref => ref.startsWith('group:'));
    if (owners.length === 0) {
      return { owners, services: [] as Entity[] };
    }
    const { items } = await catalogApi.getEntities({
      filter: { kind: 'Component', 'relations.ownedBy': ownershipEntityRefs },
      fields: ['kind', 'metadata', 'spec', 'relations'],
      order: { field: 'metadata.name', order: 'asc' },
    });
    return { owners, services: items };
  }, [identityApi, catalogApi]);
}

const columns: TableColumn<Entity>[] = [
  {
    title: 'Service',
    render: entity => (
      <EntityRefLink entityRef={entity} title={entity.metadata.title} />
    ),
  },
  { title: 'Type', render: entity => String(entity.spec?.type ?? '') },
  {
    title: 'Lifecycle',
    render: entity => String(entity.spec?.lifecycle ?? ''),
  },
  {
    title: 'Owner',
    render: entity =>
      entity.spec?.owner ? (
        <EntityRefLink
          entityRef={parseEntityRef(String(entity.spec.owner), {
            defaultKind: 'group',
            defaultNamespace: entity.metadata.namespace,
          })}
        />
      ) : null,
  },
];

/** Home widget: the services the user's teams own, with a way into Manage for their health. */
export function TeamServices() {
  const { value, loading, error } = useTeamServices();
  if (loading) {
    return <Progress />;
  }
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  if (!value || value.owners.length === 0) {
    return (
      <Typography variant="body2">
        You are not a member of any group in the catalog, so no services are
        yours yet. Ask your team to add you to its Group's members, or{' '}
        <Link to="/explore/groups">find your team in Explore</Link>.
      </Typography>
    );
  }
  if (value.services.length === 0) {
    return (
      <Typography variant="body2">
        Your teams ({value.owners.join(', ')}) own no components yet.{' '}
        <Link to="/create">Create one from a template</Link> or set{' '}
        <code>spec.owner</code> in an existing <code>catalog-info.yaml</code>.
      </Typography>
    );
  }
  return (
    <>
      <Table<Entity>
        options={{
          paging: value.services.length > 10,
          pageSize: 10,
          search: false,
          toolbar: false,
          padding: 'dense',
        }}
        data={value.services}
        columns={columns}
      />
      <Typography variant="body2" style={{ marginTop: 8 }}>
        <Link to="/manage">CI and Kubernetes status of these services</Link>
      </Typography>
    </>
  );
}
