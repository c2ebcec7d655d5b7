import {
  StatusAborted,
  StatusError,
  StatusOK,
  StatusPending,
  StatusRunning,
  StatusWarning,
} from '@backstage/core-components';
import { CiRun, ciRunOutcome } from '@internal/plugin-ci-status-common';

/** A coloured status dot and word for a run. */
export function RunStatus({
  run,
}: {
  run: Pick<CiRun, 'status' | 'conclusion'>;
}) {
  switch (ciRunOutcome(run)) {
    case 'success':
      return <StatusOK>Success</StatusOK>;
    case 'failure':
      return <StatusError>Failed</StatusError>;
    case 'running':
      return <StatusRunning>Running</StatusRunning>;
    case 'queued':
      return <StatusPending>Queued</StatusPending>;
    case 'cancelled':
      return <StatusAborted>Cancelled</StatusAborted>;
    case 'skipped':
      return <StatusAborted>Skipped</StatusAborted>;
    default:
      return <StatusWarning>{run.conclusion ?? 'Unknown'}</StatusWarning>;
  }
}
