export { GitServerPage } from './GitServerPage';
