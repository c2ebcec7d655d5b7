import { DEMO_COMPONENTS } from './demoComponents';
import { stableHex, stableInt } from './ids';

/** One CI run of a demo repository, before a double writes it in its own format. */
export interface DemoRun {
  /** Counts up per repository, 1 for the oldest. */
  number: number;
  workflow: string;
  workflowPath: string;
  branch: string;
  sha: string;
  event: 'push' | 'pull_request' | 'schedule';
  title: string;
  author: string;
  state: 'queued' | 'running' | 'success' | 'failed' | 'cancelled';
  createdAt: Date;
  startedAt: Date;
  /** Set once the run finished. */
  finishedAt?: Date;
}

export interface DemoRepository {
  name: string;
  defaultBranch: string;
  description: string;
  createdAt: Date;
  runs: DemoRun[];
}

/** How each repository's newest default-branch run ended, newest last. */
const RECENT_OUTCOMES: Record<string, DemoRun['state'][]> = {
  'payments-service': ['success', 'failed', 'success', 'success'],
  'ledger-service': ['success', 'success', 'failed', 'failed'],
  'notification-service': ['success', 'cancelled', 'success', 'running'],
  'checkout-web': ['failed', 'success', 'success', 'success'],
  'design-system': ['success', 'success', 'failed', 'success'],
};

const COMMIT_MESSAGES = [
  'Bump dependencies',
  'Fix flaky integration test',
  'Add structured logging to request handler',
  'Tune connection pool size',
  'Refactor configuration loading',
  'Update runbook links',
  'Handle empty responses from upstream',
  'Improve error messages for invalid input',
  'Speed up container build',
  'Add metrics for retries',
];

const AUTHORS = [
  'amara-okafor',
  'lukas-brenner',
  'priya-raman',
  'tomas-lindqvist',
  'sofia-marquez',
  'kenji-watanabe',
];

const HOUR = 3_600_000;
const RUNS_PER_REPOSITORY = 24;

/**
 * The CI history of the demo repositories: per repository a default branch
 * with `RUNS_PER_REPOSITORY` runs: pushes to the default branch (the newest
 * ending as RECENT_OUTCOMES says) and pull requests from feature branches.
 */
export function buildDemoRepositories(now: Date): DemoRepository[] {
  return DEMO_COMPONENTS.map(component => {
    const name = component.name;
    const defaultBranch = name === 'design-system' ? 'master' : 'main';
    const outcomes = RECENT_OUTCOMES[name] ?? ['success'];
    const runs: DemoRun[] = [];
    // The newest run started 12 minutes ago; runs before it 3 to 6 hours apart.
    let t = now.getTime() - 12 * 60_000;
    for (let i = RUNS_PER_REPOSITORY - 1; i > 0; i--) {
      t -= (3 + stableInt(`${name}/gap/${i}`, 4)) * HOUR;
    }
    for (let i = 0; i < RUNS_PER_REPOSITORY; i++) {
      if (i > 0) t += (3 + stableInt(`${name}/gap/${i}`, 4)) * HOUR;
      const onDefault = i % 3 !== 1;
      const state: DemoRun['state'] =
        stableInt(`${name}/fail/${i}`, 7) === 0 ? 'failed' : 'success';
      const createdAt = new Date(t);
      const startedAt = new Date(createdAt.getTime() + 6_000);
      const durationMs = (240 + stableInt(`${name}/duration/${i}`, 420)) * 1000;
      const message = COMMIT_MESSAGES[stableInt(`${name}/msg/${i}`, 10)];
      runs.push({
        number: 100 + i,
        workflow: 'CI',
        workflowPath: '.github/workflows/ci.yaml',
        branch: onDefault ? defaultBranch : `feature/${name}-${100 + i}`,
        sha: stableHex(`${name}/sha/${i}`, 40),
        event: onDefault ? 'push' : 'pull_request',
        title: message,
        author: AUTHORS[stableInt(`${name}/author/${i}`, AUTHORS.length)],
        state,
        createdAt,
        startedAt,
        finishedAt: new Date(startedAt.getTime() + durationMs),
      });
    }
    // The newest default-branch runs end as RECENT_OUTCOMES says.
    const newestFirst = runs.filter(r => r.branch === defaultBranch).reverse();
    [...outcomes].reverse().forEach((outcome, k) => {
      const run = newestFirst[k];
      if (!run) return;
      run.state = outcome;
      if (outcome === 'running' || outcome === 'queued') {
        run.finishedAt = undefined;
      } else if (!run.finishedAt) {
        run.finishedAt = new Date(run.startedAt.getTime() + 300_000);
      }
    });
    return {
      name,
      defaultBranch,
      description: `${name} (demo data)`,
      createdAt: new Date(now.getTime() - 400 * 24 * HOUR),
      runs: runs.reverse(),
    };
  });
}
