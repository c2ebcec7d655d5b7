import {
  ManageCiCell,
  ManageKubernetesCell,
  isSourceError,
} from '@internal/plugin-manage-common';

/** One word per CI cell, for the table's filter. */
export function ciLabel(cell: ManageCiCell): string {
  if (isSourceError(cell)) return 'Unavailable';
  switch (cell.status) {
    case 'success':
      return 'Passing';
    case 'failure':
      return 'Failing';
    case 'running':
      return 'Running';
    case 'queued':
      return 'Queued';
    case 'cancelled':
      return 'Cancelled';
    case 'skipped':
      return 'Skipped';
    case 'no-runs':
      return 'No runs';
    case 'not-configured':
      return 'Not configured';
    default:
      return 'Other';
  }
}

/** One word per Kubernetes cell, for the table's filter. */
export function kubernetesLabel(cell: ManageKubernetesCell): string {
  if (isSourceError(cell)) return 'Unavailable';
  if (!cell.configured) return 'Not configured';
  if (cell.workloads === 0) return 'No workloads';
  if (cell.errors.length > 0 || cell.ready < cell.desired) return 'Degraded';
  return 'Healthy';
}
