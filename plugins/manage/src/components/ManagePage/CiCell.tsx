import {
  Link,
  StatusAborted,
  StatusError,
  StatusOK,
  StatusPending,
  StatusRunning,
  StatusWarning,
} from '@backstage/core-components';
import { ManageCiCell, isSourceError } from '@internal/plugin-manage-common';
import Typography from '@material-ui/core/Typography';
import { ciLabel } from './labels';
import { SourceErrorText } from './SourceErrorText';

const STATUS = {
  success: StatusOK,
  failure: StatusError,
  running: StatusRunning,
  queued: StatusPending,
  cancelled: StatusAborted,
  skipped: StatusAborted,
  other: StatusWarning,
  'no-runs': StatusPending,
  'not-configured': StatusAborted,
};

export function CiCell({ cell }: { cell: ManageCiCell }) {
  if (isSourceError(cell)) {
    return <SourceErrorText error={cell.error} />;
  }
  if (cell.status === 'not-configured') {
    return (
      <Typography variant="body2" color="textSecondary">
        Not configured
      </Typography>
    );
  }
  const Status = STATUS[cell.status] ?? StatusWarning;
  const run = cell.latestRun;
  return (
    <>
      <Status>
        {run ? <Link to={run.url}>{ciLabel(cell)}</Link> : ciLabel(cell)}
      </Status>
      {run && (
        <Typography variant="caption" display="block" color="textSecondary">
          {run.name} on {run.branch} · {run.commit.slice(0, 7)}
        </Typography>
      )}
    </>
  );
}
