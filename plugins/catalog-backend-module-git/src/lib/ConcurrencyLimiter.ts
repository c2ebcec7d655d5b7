/**
 * A counting semaphore: at most `limit` tasks run at once, the rest wait in
 * the order they came.
 */
export class ConcurrencyLimiter {
  #active = 0;
  #maxActive = 0;
  readonly #waiting: Array<() => void> = [];

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) {
      throw new Error(`Invalid concurrency limit ${limit}`);
    }
  }

  /** Runs `task` once a slot is free. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#active >= this.limit) {
      await new Promise<void>(resolve => this.#waiting.push(resolve));
    } else {
      this.#active += 1;
    }
    this.#maxActive = Math.max(this.#maxActive, this.#active);
    try {
      return await task();
    } finally {
      const next = this.#waiting.shift();
      if (next) {
        // The slot passes straight to the next waiter.
        next();
      } else {
        this.#active -= 1;
      }
    }
  }

  /** Tasks running, waiting, and the most that ever ran at once. */
  load(): { active: number; waiting: number; maxActive: number } {
    return {
      active: this.#active,
      waiting: this.#waiting.length,
      maxActive: this.#maxActive,
    };
  }
}
