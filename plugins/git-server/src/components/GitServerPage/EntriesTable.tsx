import { Link, Table, TableColumn } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import DescriptionOutlined from '@material-ui/icons/DescriptionOutlined';
import Folder from '@material-ui/icons/Folder';
import { GitServerTreeContents, GitServerTreeEntry } from '../../api';
import { useContentsLink } from '../../lib/links';

/** A folder's entries (folders first, as the backend sorts them). */
export function EntriesTable(props: { contents: GitServerTreeContents }) {
  const { contents } = props;
  const link = useContentsLink();
  const columns: TableColumn<GitServerTreeEntry>[] = [
    {
      title: 'Name',
      field: 'name',
      render: entry => (
        <Box display="flex" alignItems="center" style={{ gap: 8 }}>
          {entry.type === 'tree' ? (
            <Folder fontSize="small" titleAccess="Folder" color="primary" />
          ) : (
            <DescriptionOutlined fontSize="small" titleAccess="File" />
          )}
          <Link
            to={link(contents.name, { ref: contents.ref, path: entry.path })}
          >
            {entry.name}
          </Link>
        </Box>
      ),
    },
  ];
  return (
    <Table<GitServerTreeEntry>
      title={contents.path || 'Files'}
      columns={columns}
      data={contents.entries}
      options={{ paging: false, search: false, padding: 'dense' }}
      emptyContent={<Box p={2}>This folder is empty.</Box>}
    />
  );
}
