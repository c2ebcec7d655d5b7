import { LoggerService } from '@backstage/backend-plugin-api';
import { toError } from '@backstage/errors';

/**
 * Runs a full docs sync a few seconds after a push (once the catalog and the
 * Git mirror have the new commit), and once more after TechDocs' one-minute
 * check interval, for docs that were checked just before the push. Runs never
 * overlap: a run requested while one is under way follows it.
 */
export class PushRebuilder {
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private running: Promise<void> | undefined;
  private pending = false;

  constructor(
    private readonly options: {
      run: () => Promise<unknown>;
      logger: LoggerService;
      delaysMs: number[];
    },
  ) {}

  onPush(): void {
    for (const delay of this.options.delaysMs) {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.request();
      }, delay);
      this.timers.add(timer);
    }
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
