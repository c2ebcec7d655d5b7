import { EventsService } from '@backstage/plugin-events-node';

/**
 * The topic the catalog publishes processing errors on
 * (`CATALOG_ERRORS_TOPIC` of @backstage/plugin-catalog-backend, not imported
 * to keep the catalog backend out of this module's dependencies).
 */
export const CATALOG_ERRORS_TOPIC = 'experimental.catalog.errors';

/** Errors of the last failed processing of one entity. */
export type RecordedProcessingErrors = {
  entityRef: string;
  /** The entity's `backstage.io/managed-by-location`. */
  location?: string;
  errors: Array<{ name?: string; message: string }>;
  at: Date;
};

const DEFAULT_MAX_ENTRIES = 5_000;

/**
 * Remembers the latest processing errors the catalog announced for entities
 * read from `git+` URLs.
 *
 * The catalog API shows an entity's errors only once the entity has been
 * processed successfully at least once: a file that is broken from its first
 * commit (a new Location whose YAML does not parse, an entity without a name)
 * never appears there. The catalog does announce each failed processing on
 * the events service, so this log keeps the last ones (bounded), and the
 * status route shows them for entities the catalog does not have.
 */
export class ProcessingErrorLog {
  readonly #entries = new Map<string, RecordedProcessingErrors>();
  readonly #maxEntries: number;

  constructor(options: { maxEntries?: number } = {}) {
    this.#maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  }

  /** Subscribes the log to the catalog's error announcements. */
  async subscribe(events: EventsService): Promise<void> {
    await events.subscribe({
      id: 'catalog-backend-module-git-errors',
      topics: [CATALOG_ERRORS_TOPIC],
      onEvent: async ({ eventPayload }) => this.record(eventPayload),
    });
  }

  /** Records one announcement; ignores those not about `git+` locations. */
  record(payload: unknown): void {
    if (!payload || typeof payload !== 'object') return;
    const { entity, location, errors } = payload as Record<string, unknown>;
    if (typeof entity !== 'string' || !Array.isArray(errors)) return;
    if (typeof location !== 'string' || !location.startsWith('url:git+'))
      return;
    this.#entries.delete(entity);
    this.#entries.set(entity, {
      entityRef: entity,
      location,
      at: new Date(),
      errors: errors.map(e => {
        const { name, message } = (e ?? {}) as {
          name?: unknown;
          message?: unknown;
        };
        return {
          name: typeof name === 'string' ? name : undefined,
          message: typeof message === 'string' ? message : String(e),
        };
      }),
    });
    while (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next().value as string;
      this.#entries.delete(oldest);
    }
  }

  /** The recorded errors of one entity. */
  get(entityRef: string): RecordedProcessingErrors | undefined {
    return this.#entries.get(entityRef);
  }

  /** All recorded errors, oldest first. */
  entries(): RecordedProcessingErrors[] {
    return [...this.#entries.values()];
  }
}
