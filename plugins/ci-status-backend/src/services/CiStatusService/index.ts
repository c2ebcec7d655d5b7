export { CiStatusService } from './CiStatusService';
