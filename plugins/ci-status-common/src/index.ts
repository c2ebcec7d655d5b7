/**
 * Wire types of the ci-status plugin, shared by its backend and frontend.
 *
 * @packageDocumentation
 */

export type {
  CiErrorReason,
  CiProvider,
  CiRun,
  CiRunConclusion,
  CiRunStatus,
  CiRunsResponse,
  CiStatusError,
} from './types';
export { CI_STATUS_ANNOTATIONS, ciRunOutcome } from './types';
export type { CiRunOutcome } from './types';
