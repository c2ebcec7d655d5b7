import { LoggerService } from '@backstage/backend-plugin-api';
import { toError } from '@backstage/errors';

/**
 * Runs a full docs sync a few seconds after a push (once the catalog and the
 * Git mirror have the new commit). When the run reports that some docs could
 * not be checked yet (TechDocs checks a source at most once a minute), it
 * runs again when they can. Runs never overlap: a run requested while one is
 * under way follows it.
 */
export class PushRebuilder {
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private running: Promise<void> | undefined;
  private pending = false;

  constructor(
    private readonly options: {
      run: () => Promise<{ recheckInMs?: number }>;
      logger: LoggerService;
      delayMs: number;
    },
  ) {}

  onPush(): void {
    this.after(this.options.delayMs);
  }

  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  /** Resolves when no run is under way or pending (for tests). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private after(ms: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.request();
    }, ms);
    this.timers.add(timer);
  }

  private request(): void {
    if (this.running) {
      this.pending = true;
      return;
    }
    this.running = this.options
      .run()
      .then(
        ({ recheckInMs }) => {
          if (recheckInMs !== undefined) this.after(recheckInMs);
        },
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
