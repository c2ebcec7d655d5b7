/**
 * A semaphore per host: at most `maxConcurrent` tasks run against one host;
 * the rest wait in order.
 */
export class HostLimiter {
  private readonly hosts = new Map<
    string,
    { active: number; waiting: Array<() => void> }
  >();

  constructor(private readonly maxConcurrent: number) {}

  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    let state = this.hosts.get(host);
    if (!state) {
      state = { active: 0, waiting: [] };
      this.hosts.set(host, state);
    }
    if (state.active >= this.maxConcurrent) {
      await new Promise<void>(resolve => state!.waiting.push(resolve));
    } else {
      state.active += 1;
    }
    try {
      return await task();
    } finally {
      const next = state.waiting.shift();
      if (next) {
        // The slot passes straight to the next waiter.
        next();
      } else {
        state.active -= 1;
        if (state.active === 0) this.hosts.delete(host);
      }
    }
  }
}
