import {
  StatusError,
  StatusOK,
  StatusWarning,
} from '@backstage/core-components';
import {
  ManageKubernetesCell,
  isSourceError,
} from '@internal/plugin-manage-common';
import Typography from '@material-ui/core/Typography';
import { SourceErrorText } from './SourceErrorText';

export function KubernetesCell({ cell }: { cell: ManageKubernetesCell }) {
  if (isSourceError(cell)) {
    return <SourceErrorText error={cell.error} />;
  }
  if (!cell.configured) {
    return (
      <Typography variant="body2" color="textSecondary">
        Not configured
      </Typography>
    );
  }
  if (cell.workloads === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No workloads
      </Typography>
    );
  }
  let Status = StatusOK;
  if (cell.ready === 0 && cell.desired > 0) Status = StatusError;
  else if (cell.ready < cell.desired || cell.errors.length > 0) {
    Status = StatusWarning;
  }
  return (
    <>
      <Status>
        {cell.ready}/{cell.desired} ready
      </Status>
      {cell.errors.map(problem => (
        <Typography
          key={`${problem.cluster}/${problem.kind}/${problem.name}/${problem.reason}`}
          variant="caption"
          display="block"
          color="error"
          title={problem.message}
        >
          {problem.reason}: {problem.kind.toLocaleLowerCase('en-US')}{' '}
          {problem.name}
          {problem.restartCount ? ` (${problem.restartCount} restarts)` : ''}
        </Typography>
      ))}
    </>
  );
}
