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
  CiRunsQueryRequest,
  CiRunsQueryResponse,
  CiRunsResponse,
  CiStatusError,
} from './types';
export {
  CI_RUNS_QUERY_MAX_ENTITIES,
  CI_STATUS_ANNOTATIONS,
  ciRunOutcome,
} from './types';
export type { CiRunOutcome } from './types';
