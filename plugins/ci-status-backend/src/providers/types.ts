import { CiProvider, CiRun } from '@internal/plugin-ci-status-common';

/** Which project on which CI host an entity's runs come from. */
export interface CiTarget {
  provider: CiProvider;
  host: string;
  /** `owner/repo` on GitHub; a path or numeric id on GitLab. */
  project: string;
}

export interface LatestRuns {
  branch: string;
  /** Newest first. */
  runs: CiRun[];
}

/** Reads the latest runs of a project's default branch from one kind of CI host. */
export interface CiRunsProvider {
  latestRuns(target: CiTarget, limit: number): Promise<LatestRuns>;
}

export function secondsBetween(from?: string | null, to?: string | null) {
  if (!from || !to) return null;
  const ms = Date.parse(to) - Date.parse(from);
  return Number.isFinite(ms) && ms >= 0 ? Math.round(ms / 1000) : null;
}
