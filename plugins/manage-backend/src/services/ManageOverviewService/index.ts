export {
  ManageOverviewService,
  MAX_REQUESTED_OWNERS,
} from './ManageOverviewService';
