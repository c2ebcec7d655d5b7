import { LoggerService } from '@backstage/backend-plugin-api';
import {
  IndexableResultSet,
  SearchQuery,
} from '@backstage/plugin-search-common';
import {
  LunrQueryTranslator,
  LunrSearchEngine,
} from '@backstage/plugin-search-backend-node';
import { createBoundedFuzzyTranslator } from './boundedFuzzyTranslator';

/**
 * Upstream's Lunr engine with {@link createBoundedFuzzyTranslator} around its
 * own translator, and no results (instead of a server error) for a type whose
 * index does not exist yet, e.g. TechDocs before the first docs are built.
 */
export class PortalLunrSearchEngine extends LunrSearchEngine {
  constructor(options: {
    logger: LoggerService;
    maxFuzzyTokenLength?: number;
  }) {
    super({ logger: options.logger });
    this.setTranslator(
      createBoundedFuzzyTranslator(
        this.translator as LunrQueryTranslator,
        options.maxFuzzyTokenLength,
      ),
    );
  }

  override async query(query: SearchQuery): Promise<IndexableResultSet> {
    try {
      return await super.query(query);
    } catch (error) {
      if (error instanceof Error && error.name === 'MissingIndexError') {
        this.logger.debug(error.message);
        return { results: [], numberOfResults: 0 };
      }
      throw error;
    }
  }
}
