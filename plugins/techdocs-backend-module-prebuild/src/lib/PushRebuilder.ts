import { LoggerService } from '@backstage/backend-plugin-api';
import { toError } from '@backstage/errors';

/**
 * Runs a full docs build a few seconds after a push (once the catalog and
 * the Git mirror have the new commit). Runs never overlap, and pushes that
 * arrive while a run is under way share one run after it.
 */
export class PushRebuilder {
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private running: Promise<void> | undefined;
  private pending = false;

  constructor(
    private readonly options: {
      run: () => Promise<unknown>;
      logger: LoggerService;
      delayMs: number;
    },
  ) {}

  onPush(): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.request();
    }, this.options.delayMs);
    this.timers.add(timer);
  }

  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  /** Resolves when no run is under way or pending (for tests). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private request(): void {
    if (this.running) {
      this.pending = true;
      return;
    }
    this.running = this.options
      .run()
      .then(
        () => undefined,
        error =>
          this.options.logger.error(
            'Docs rebuild after a push failed',
            toError(error),
          ),
      )
      .finally(() => {
        this.running = undefined;
        if (this.pending) {
          this.pending = false;
          this.request();
        }
      });
  }
}
