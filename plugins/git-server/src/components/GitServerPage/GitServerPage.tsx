import { Content, EmptyState, Header, Page } from '@backstage/core-components';
import { Route, Routes } from 'react-router-dom';
import { RepositoryView } from './RepositoryView';

/** /git-server without a name: where repositories are reached from. */
function NoRepository() {
  return (
    <Page themeId="tool">
      <Header title="Git repositories" />
      <Content>
        <EmptyState
          missing="info"
          title="Pick a repository"
          description="Repositories on the portal's Git server open at /git-server/<name>: follow the Repository link after creating a component, or View Source on its catalog page."
        />
      </Content>
    </Page>
  );
}

/** /git-server/<name>?ref=<branch>&path=<path>. */
export function GitServerPage() {
  return (
    <Routes>
      <Route path="/" element={<NoRepository />} />
      <Route path="/:name" element={<RepositoryView />} />
    </Routes>
  );
}
