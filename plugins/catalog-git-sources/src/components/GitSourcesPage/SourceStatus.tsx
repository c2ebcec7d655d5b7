import {
  StatusError,
  StatusOK,
  StatusPending,
  StatusWarning,
} from '@backstage/core-components';
import { GitSourceStatus } from '../../api';
import { formatDuration, formatRelativeTime, plural } from '../../lib/format';

/** How much a source needs an operator's attention: lower comes first. */
export function attentionRank(source: GitSourceStatus): number {
  if (source.lastError) return 0;
  if (source.files.some(f => f.errors.length > 0)) return 1;
  if (!source.lastCommit) return 2;
  return 3;
}

/** Whether a source failed, has files with errors, or was never fetched. */
export function needsAttention(source: GitSourceStatus): boolean {
  return attentionRank(source) < 3;
}

/** Entities the catalog read from the source's files. */
export function entityCount(source: GitSourceStatus): number {
  return source.files.reduce((n, f) => n + f.entityCount, 0);
}

/** OK, failing, with file errors, or not fetched yet. */
export function SourceState({ source }: { source: GitSourceStatus }) {
  if (source.lastError) {
    return <StatusError>Last fetch failed</StatusError>;
  }
  if (!source.lastCommit) {
    return <StatusPending>Not fetched yet</StatusPending>;
  }
  const withErrors = source.files.filter(f => f.errors.length > 0).length;
  if (withErrors > 0) {
    return (
      <StatusWarning>{plural(withErrors, 'file')} with errors</StatusWarning>
    );
  }
  return <StatusOK>OK</StatusOK>;
}

/** "5 minutes ago, took 1.8 s", the exact time on hover. */
export function LastRun({ source }: { source: GitSourceStatus }) {
  if (!source.lastRunAt) {
    return <>Not run yet</>;
  }
  const duration =
    source.lastRunDurationMs !== undefined
      ? `, took ${formatDuration(source.lastRunDurationMs)}`
      : '';
  return (
    <span title={new Date(source.lastRunAt).toLocaleString()}>
      {formatRelativeTime(source.lastRunAt)}
      {duration}
    </span>
  );
}
