import {
  EmptyState,
  Link,
  Progress,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { CiRun } from '@internal/plugin-ci-status-common';
import { useCiRuns } from '../../hooks/useCiRuns';
import { formatAge, formatDuration, providerName } from '../../lib/format';
import { CiErrorPanel } from '../CiErrorPanel';
import { LoadError } from '../LoadError';
import { CiNotConfigured } from '../CiNotConfigured';
import { RunStatus } from '../RunStatus';

const columns: TableColumn<CiRun>[] = [
  { title: 'Status', render: run => <RunStatus run={run} />, width: '12%' },
  {
    title: 'Run',
    field: 'name',
    render: run => <Link to={run.url}>{run.name}</Link>,
  },
  { title: 'Branch', field: 'branch' },
  {
    title: 'Commit',
    field: 'commit',
    render: run => <code>{run.commit.slice(0, 7)}</code>,
  },
  { title: 'Started', render: run => formatAge(run.startedAt) },
  { title: 'Duration', render: run => formatDuration(run.durationSeconds) },
];

/** The "CI" tab: latest runs of the entity's default branch. */
export function CiRunsContent() {
  const { value, loading, error } = useCiRuns();

  if (loading && !value) {
    return <Progress />;
  }
  if (error) {
    return <LoadError error={error} />;
  }
  if (!value?.provider) {
    return <CiNotConfigured />;
  }
  const title = `${providerName(value.provider)}: ${value.project}${
    value.branch ? ` (${value.branch})` : ''
  }`;
  return (
    <>
      {value.error && <CiErrorPanel error={value.error} />}
      {!value.error && value.runs.length === 0 ? (
        <EmptyState
          missing="data"
          title="No CI runs yet"
          description={`${value.project} on ${
            value.host
          } has no runs on its default branch${
            value.branch ? ` ${value.branch}` : ''
          }. Runs appear here once a workflow or pipeline runs on it.`}
        />
      ) : (
        !value.error && (
          <Table<CiRun>
            title={title}
            subtitle={`Latest runs on ${value.host}`}
            columns={columns}
            data={value.runs}
            options={{ paging: false, search: false, padding: 'dense' }}
          />
        )
      )}
    </>
  );
}
