import { InfoCard, Link, Progress } from '@backstage/core-components';
import { useCiRuns } from '../../hooks/useCiRuns';
import { formatAge, formatDuration, providerName } from '../../lib/format';
import { CiErrorPanel } from '../CiErrorPanel';
import { LoadError } from '../LoadError';
import { CI_ANNOTATIONS_TO_ADD } from '../CiNotConfigured';
import { RunStatus } from '../RunStatus';

/** The overview card: status of the latest default-branch run. */
export function CiStatusCard() {
  const { value, loading, error } = useCiRuns();

  let body;
  if (loading && !value) {
    body = <Progress />;
  } else if (error) {
    body = <LoadError error={error} />;
  } else if (!value?.provider) {
    body = (
      <p>
        No CI configured. Add the <code>{CI_ANNOTATIONS_TO_ADD[0]}</code> or{' '}
        <code>{CI_ANNOTATIONS_TO_ADD[1]}</code> annotation to this entity.
      </p>
    );
  } else if (value.error) {
    body = <CiErrorPanel error={value.error} />;
  } else if (value.runs.length === 0) {
    body = <p>No runs on {value.branch || 'the default branch'} yet.</p>;
  } else {
    const [run] = value.runs;
    body = (
      <>
        <RunStatus run={run} />
        <p>
          <Link to={run.url}>{run.name}</Link> on <code>{run.branch}</code> at{' '}
          <code>{run.commit.slice(0, 7)}</code>, started{' '}
          {formatAge(run.startedAt)}
          {run.durationSeconds !== null &&
            `, took ${formatDuration(run.durationSeconds)}`}
          .
        </p>
      </>
    );
  }
  return (
    <InfoCard
      title="CI"
      subheader={
        value?.provider
          ? `${providerName(value.provider)} · ${value.project}`
          : undefined
      }
    >
      {body}
    </InfoCard>
  );
}
