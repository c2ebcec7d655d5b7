import { WarningPanel } from '@backstage/core-components';
import { CiStatusError } from '@internal/plugin-ci-status-common';

const TITLES: Record<string, string> = {
  'rate-limited': 'is rate limiting the portal',
  forbidden: 'refused access',
  unauthorized: 'rejected the portal’s credentials',
  'not-found': 'does not know this project',
  unreachable: 'could not be reached',
  timeout: 'did not answer in time',
  'bad-response': 'gave an answer the portal cannot read',
  'no-integration': 'is not configured in the portal',
};

/** Why the CI host gave no runs, with what to do about it. */
export function CiErrorPanel({ error }: { error: CiStatusError }) {
  const title = `CI host ${error.host} ${TITLES[error.reason] ?? 'failed'}`;
  const retry = error.retryAt
    ? ` The portal will ask again after ${new Date(
        error.retryAt,
      ).toLocaleTimeString()}.`
    : '';
  return (
    <WarningPanel severity="warning" title={title} defaultExpanded>
      {error.message}.{retry}
    </WarningPanel>
  );
}
