export { PortalSearchPage } from './PortalSearchPage';
export type { PortalSearchPageProps, ResultType } from './PortalSearchPage';
export type { ResultItem } from './SearchResults';
