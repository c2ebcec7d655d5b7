import { mockServices } from '@backstage/backend-test-utils';
import { PushRebuilder } from './PushRebuilder';

describe('PushRebuilder', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs a while after a push, never two runs at once', async () => {
    let active = 0;
    let maxActive = 0;
    let release: () => void = () => {};
    const run = jest.fn(async () => {
      active++;
      maxActive = Math.max(maxActive, active);
      await new Promise<void>(r => (release = r));
      active--;
    });
    const rebuilder = new PushRebuilder({
      run,
      logger: mockServices.logger.mock(),
      delayMs: 5_000,
    });

    rebuilder.onPush();
    await jest.advanceTimersByTimeAsync(4_999);
    expect(run).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(1);

    // Two more pushes while the first run is under way: one run follows.
    rebuilder.onPush();
    await jest.advanceTimersByTimeAsync(1_000);
    rebuilder.onPush();
    await jest.advanceTimersByTimeAsync(5_000);
    expect(run).toHaveBeenCalledTimes(1);
    release();
    await jest.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(2);
    release();
    await rebuilder.idle();
    await jest.advanceTimersByTimeAsync(120_000);
    expect(run).toHaveBeenCalledTimes(2);
    expect(maxActive).toBe(1);
  });

  it('cancels pending runs on stop', async () => {
    const run = jest.fn(async () => {});
    const rebuilder = new PushRebuilder({
      run,
      logger: mockServices.logger.mock(),
      delayMs: 5_000,
    });
    rebuilder.onPush();
    rebuilder.stop();
    await jest.advanceTimersByTimeAsync(10_000);
    expect(run).not.toHaveBeenCalled();
  });
});
