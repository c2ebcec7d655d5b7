import { LoggerService } from '@backstage/backend-plugin-api';
import {
  LunrQueryTranslator,
  LunrSearchEngine,
} from '@backstage/plugin-search-backend-node';
import { createBoundedFuzzyTranslator } from './boundedFuzzyTranslator';

/**
 * Upstream's Lunr engine with {@link createBoundedFuzzyTranslator} around its
 * own translator.
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
}
