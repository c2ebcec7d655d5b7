import { Table, TableColumn } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import { GitSourceStatus } from '../../api';
import { shortSha } from '../../lib/format';
import { FilesTable } from './FilesTable';
import { entityCount, LastRun, SourceState } from './SourceStatus';

type SourceRow = GitSourceStatus & { entities: number; commit: string };

const columns: TableColumn<SourceRow>[] = [
  { title: 'Source', field: 'providerId', highlight: true },
  { title: 'Remote', field: 'remote' },
  { title: 'Branch', field: 'branch' },
  {
    title: 'Commit',
    field: 'commit',
    render: row => <code title={row.lastCommit}>{row.commit}</code>,
  },
  {
    title: 'Last run',
    field: 'lastRunAt',
    render: row => <LastRun source={row} />,
  },
  { title: 'Files', field: 'fileCount', type: 'numeric' },
  { title: 'Entities', field: 'entities', type: 'numeric' },
  {
    title: 'Status',
    sorting: false,
    render: row => <SourceState source={row} />,
  },
];

const PAGE_SIZE = 20;

/**
 * Many sources in one table (a card each would not scale to hundreds of
 * repositories); a row opens to the source's catalog files.
 */
export function SourcesTable(props: {
  title: string;
  sources: GitSourceStatus[];
}) {
  const rows: SourceRow[] = props.sources.map(source => ({
    ...source,
    entities: entityCount(source),
    commit: source.lastCommit ? shortSha(source.lastCommit) : '—',
  }));
  return (
    <Table<SourceRow>
      title={props.title}
      columns={columns}
      data={rows}
      detailPanel={({ rowData }) => (
        <Box p={2}>
          <FilesTable source={rowData} />
        </Box>
      )}
      options={{
        paging: rows.length > PAGE_SIZE,
        pageSize: PAGE_SIZE,
        search: true,
        padding: 'dense',
      }}
    />
  );
}
