import {
  CiRunsResponse,
  ciRunOutcome,
} from '@internal/plugin-ci-status-common';
import { ManageCiCell } from '@internal/plugin-manage-common';

/** The CI cell of a row from the ci-status backend's answer. */
export function summarizeCi(response: CiRunsResponse): ManageCiCell {
  if (response.error) {
    return { error: response.error };
  }
  if (!response.provider) {
    return { status: 'not-configured', provider: null };
  }
  const [latestRun] = response.runs;
  return {
    status: latestRun ? ciRunOutcome(latestRun) : 'no-runs',
    provider: response.provider,
    ...(response.branch && { branch: response.branch }),
    ...(latestRun && { latestRun }),
  };
}
