import {
  Link,
  StatusError,
  StatusOK,
  StatusPending,
  StatusWarning,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { GitSourceFile, GitSourceStatus } from '../../api';
import { useFileWebUrl } from '../../hooks/useFileWebUrl';
import { plural } from '../../lib/format';
import { FileErrors } from './FileErrors';

type FileRow = GitSourceFile & {
  webUrl?: string;
  lineUrl: (line: number) => string | undefined;
  state: string;
};

function FileState({ file }: { file: GitSourceFile }) {
  if (file.errors.length > 0) {
    return <StatusError>{plural(file.errors.length, 'error')}</StatusError>;
  }
  if (!file.registered) {
    return <StatusPending>Not registered yet</StatusPending>;
  }
  if (file.entityCount === 0) {
    return <StatusWarning>No entities</StatusWarning>;
  }
  return <StatusOK>OK</StatusOK>;
}

const columns: TableColumn<FileRow>[] = [
  {
    title: 'File',
    field: 'path',
    highlight: true,
    render: row =>
      row.webUrl ? <Link to={row.webUrl}>{row.path}</Link> : row.path,
  },
  {
    title: 'Status',
    field: 'state',
    render: row => <FileState file={row} />,
  },
  { title: 'Entities', field: 'entityCount', type: 'numeric' },
  {
    title: 'Errors',
    sorting: false,
    width: '55%',
    render: row => <FileErrors file={row} lineUrl={row.lineUrl} />,
  },
];

const PAGE_SIZE = 20;

/** The catalog files of a source, those with errors first. */
export function FilesTable(props: { source: GitSourceStatus }) {
  const { source } = props;
  const webUrl = useFileWebUrl();
  const branch = source.branch;
  const rows: FileRow[] = [...source.files]
    .sort(
      (a, b) =>
        Number(b.errors.length > 0) - Number(a.errors.length > 0) ||
        a.path.localeCompare(b.path),
    )
    .map(file => ({
      ...file,
      state: file.errors.length > 0 ? 'error' : 'ok',
      webUrl: branch
        ? webUrl({ remote: source.remote, branch, path: file.path })
        : undefined,
      lineUrl: (line: number) =>
        branch
          ? webUrl({ remote: source.remote, branch, path: file.path, line })
          : undefined,
    }));
  const withErrors = rows.filter(r => r.errors.length > 0).length;
  return (
    <Table<FileRow>
      title="Catalog files"
      subtitle={`${plural(rows.length, 'file')}${
        withErrors > 0 ? `, ${withErrors} with errors` : ''
      }`}
      columns={columns}
      data={rows}
      options={{
        paging: rows.length > PAGE_SIZE,
        pageSize: PAGE_SIZE,
        search: rows.length > PAGE_SIZE,
        padding: 'dense',
      }}
    />
  );
}
