import { ciRunOutcome } from './types';

describe('ciRunOutcome', () => {
  it.each([
    [{ status: 'queued', conclusion: null }, 'queued'],
    [{ status: 'in_progress', conclusion: null }, 'running'],
    [{ status: 'completed', conclusion: 'success' }, 'success'],
    [{ status: 'completed', conclusion: 'failure' }, 'failure'],
    [{ status: 'completed', conclusion: 'timed_out' }, 'failure'],
    [{ status: 'completed', conclusion: 'cancelled' }, 'cancelled'],
    [{ status: 'completed', conclusion: 'neutral' }, 'other'],
  ] as const)('%o is %s', (run, outcome) => {
    expect(ciRunOutcome(run)).toBe(outcome);
  });
});
