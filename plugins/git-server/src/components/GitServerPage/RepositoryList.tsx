import {
  Content,
  EmptyState,
  Header,
  Link,
  Page,
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Button from '@material-ui/core/Button';
import useAsync from 'react-use/esm/useAsync';
import { GitServerRepository, gitServerApiRef } from '../../api';
import { useContentsLink } from '../../lib/links';

/** /git-server: every repository of the portal's Git server. */
export function RepositoryList() {
  const gitServerApi = useApi(gitServerApiRef);
  const link = useContentsLink();
  const { value, loading, error } = useAsync(
    () => gitServerApi.listRepositories(),
    [gitServerApi],
  );

  const columns: TableColumn<GitServerRepository>[] = [
    {
      title: 'Repository',
      field: 'name',
      render: repo => <Link to={link(repo.name)}>{repo.name}</Link>,
    },
    { title: 'Default branch', field: 'defaultBranch' },
    {
      title: 'Last commit',
      field: 'head',
      render: repo => (repo.head ? repo.head.slice(0, 7) : 'empty'),
    },
    {
      title: 'Clone',
      field: 'cloneUrl',
      render: repo => <code>git clone {repo.cloneUrl}</code>,
    },
  ];

  let body;
  if (loading) {
    body = <Progress />;
  } else if (error) {
    body = (
      <ResponseErrorPanel
        title="Could not list the repositories"
        error={error}
        defaultExpanded
      />
    );
  } else if (!value?.items.length) {
    body = (
      <EmptyState
        missing="content"
        title="No repositories yet"
        description="Create a component from a software template: its new repository appears here."
        action={
          <Button variant="contained" color="primary" href="/create">
            Create a component
          </Button>
        }
      />
    );
  } else {
    body = (
      <Table<GitServerRepository>
        title={`Repositories (${value.items.length})`}
        columns={columns}
        data={value.items}
        options={{ paging: false, search: true, padding: 'dense' }}
      />
    );
  }
  return (
    <Page themeId="tool">
      <Header
        title="Git repositories"
        subtitle="The portal's own Git server: browse, or clone to push"
      />
      <Content>{body}</Content>
    </Page>
  );
}
