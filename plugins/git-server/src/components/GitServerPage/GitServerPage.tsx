import { Route, Routes } from 'react-router-dom';
import { RepositoryList } from './RepositoryList';
import { RepositoryView } from './RepositoryView';

/** /git-server/<name>?ref=<branch>&path=<path>. */
export function GitServerPage() {
  return (
    <Routes>
      <Route path="/" element={<RepositoryList />} />
      <Route path="/:name" element={<RepositoryView />} />
    </Routes>
  );
}
