import { StatusError, StatusWarning } from '@backstage/core-components';
import { ManageSourceError } from '@internal/plugin-manage-common';
import Typography from '@material-ui/core/Typography';

/** A cell whose source gave no data: the reason, where, and the message. */
export function SourceErrorText({ error }: { error: ManageSourceError }) {
  const Status =
    error.reason === 'rate-limited' || error.reason === 'timeout'
      ? StatusWarning
      : StatusError;
  return (
    <>
      <Status>
        {error.reason}
        {error.host ? ` (${error.host})` : ''}
      </Status>
      <Typography variant="caption" display="block" color="textSecondary">
        {error.message}
        {error.retryAt &&
          `; retry after ${new Date(error.retryAt).toLocaleTimeString()}`}
      </Typography>
    </>
  );
}
