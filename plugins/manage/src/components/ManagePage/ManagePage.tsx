import {
  Content,
  EmptyState,
  Link,
  Progress,
  Table,
  TableColumn,
  WarningPanel,
} from '@backstage/core-components';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  EntityRefLink,
  EntityRefLinks,
  humanizeEntityRef,
} from '@backstage/plugin-catalog-react';
import { ManageRow } from '@internal/plugin-manage-common';
import { useOverview } from '../../hooks/useOverview';
import { CiCell } from './CiCell';
import { KubernetesCell } from './KubernetesCell';
import { ciLabel, kubernetesLabel } from './labels';

interface TableRow extends ManageRow {
  ciLabel: string;
  kubernetesLabel: string;
  ownersLabel: string;
}

const columns: TableColumn<TableRow>[] = [
  {
    title: 'Name',
    field: 'title',
    highlight: true,
    render: row => (
      <EntityRefLink entityRef={row.entityRef} title={row.title} />
    ),
  },
  { title: 'Lifecycle', field: 'lifecycle' },
  {
    title: 'CI',
    field: 'ciLabel',
    render: row => <CiCell cell={row.ci} />,
  },
  {
    title: 'Kubernetes',
    field: 'kubernetesLabel',
    render: row => <KubernetesCell cell={row.kubernetes} />,
  },
  {
    title: 'Docs',
    sorting: false,
    render: row => (row.docsUrl ? <Link to={row.docsUrl}>Docs</Link> : '—'),
  },
  {
    title: 'Owners',
    field: 'ownersLabel',
    render: row => (
      <EntityRefLinks entityRefs={row.owners} defaultKind="group" />
    ),
  },
];

const filters = [
  { column: 'Lifecycle', type: 'select' as const },
  { column: 'CI', type: 'select' as const },
  { column: 'Kubernetes', type: 'select' as const },
  { column: 'Owners', type: 'multiple-select' as const },
];

function describeOwners(refs: string[]): string {
  return refs
    .filter(ref => ref.startsWith('group:'))
    .map(ref =>
      humanizeEntityRef(parseEntityRef(ref), { defaultKind: 'group' }),
    )
    .join(', ');
}

/** /manage: one table of every component the signed-in user's teams own. */
export function ManagePage() {
  const { value, loading, error } = useOverview();

  let body;
  if (loading && !value) {
    body = <Progress />;
  } else if (error) {
    body = (
      <WarningPanel
        severity="error"
        title="Could not load the overview from the portal's manage backend"
        message={error.message}
        defaultExpanded
      />
    );
  } else if (!value?.overview) {
    body = (
      <EmptyState
        missing="data"
        title="You are not a member of any team"
        description="The Manage page lists the components your teams own. Ask for your user to be added to a group in the catalog (spec.memberOf)."
      />
    );
  } else if (value.overview.rows.length === 0) {
    body = (
      <EmptyState
        missing="data"
        title="Your teams own no components yet"
        description={`No component names ${describeOwners(
          value.overview.owners,
        )} or a group below it as owner. Set spec.owner in a component's catalog-info.yaml to one of these groups.`}
      />
    );
  } else {
    const rows: TableRow[] = value.overview.rows.map(row => ({
      ...row,
      ciLabel: ciLabel(row.ci),
      kubernetesLabel: kubernetesLabel(row.kubernetes),
      ownersLabel: row.owners
        .map(o =>
          humanizeEntityRef(parseEntityRef(o), { defaultKind: 'group' }),
        )
        .join(', '),
    }));
    body = (
      <Table<TableRow>
        title={`Components of ${describeOwners(value.overview.owners)}`}
        subtitle={`CI status of each default branch and Kubernetes workloads, as of ${new Date(
          value.overview.generatedAt,
        ).toLocaleTimeString()}`}
        columns={columns}
        data={rows}
        filters={filters}
        options={{ paging: false, search: true, padding: 'dense' }}
      />
    );
  }
  return <Content>{body}</Content>;
}
