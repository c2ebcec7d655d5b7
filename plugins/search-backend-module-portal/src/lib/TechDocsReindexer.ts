import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { isError } from '@backstage/errors';

/** Id the search backend gives the TechDocs collator's task. */
export const TECHDOCS_INDEX_TASK_ID = 'search_index_techdocs';
const RETRY_DELAY_MS = 5_000;
const MAX_ATTEMPTS = 4;

/**
 * Runs the TechDocs collator now instead of at its next scheduled time. When
 * the collator is already running (it may have read the docs before they
 * were rebuilt) it tries again a few seconds later.
 */
export class TechDocsReindexer {
  constructor(
    private readonly options: {
      scheduler: SchedulerService;
      logger: LoggerService;
      retryDelayMs?: number;
    },
  ) {}

  async reindex(): Promise<void> {
    const { scheduler, logger } = this.options;
    const delay = this.options.retryDelayMs ?? RETRY_DELAY_MS;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        await scheduler.triggerTask(TECHDOCS_INDEX_TASK_ID);
        logger.info('Reindexing TechDocs after a docs build');
        return;
      } catch (error) {
        if (isError(error) && error.name === 'ConflictError') {
          await new Promise(resolve => setTimeout(resolve, delay));
          continue;
        }
        // NotFoundError: no TechDocs collator installed.
        logger.warn(`Could not reindex TechDocs: ${error}`);
        return;
      }
    }
    logger.warn(
      `Could not reindex TechDocs: the collator was still running after ${MAX_ATTEMPTS} attempts; its next scheduled run will pick the docs up`,
    );
  }
}
