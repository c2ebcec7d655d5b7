export { GitSourcesPage } from './GitSourcesPage';
