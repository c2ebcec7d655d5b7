/**
 * Wire types of the manage plugin, shared by its backend and frontend.
 *
 * @packageDocumentation
 */
export type {
  KubernetesProblem,
  ManageCiCell,
  ManageCiStatus,
  ManageKubernetesCell,
  ManageOverviewResponse,
  ManageRow,
  ManageSourceError,
} from './types';
export { isSourceError } from './types';
