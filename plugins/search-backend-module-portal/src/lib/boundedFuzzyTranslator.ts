import { LunrQueryTranslator } from '@backstage/plugin-search-backend-node';
import lunr from 'lunr';

/**
 * Words longer than this are matched exactly and by prefix, but not with
 * Lunr's edit-distance-2 fuzzy match: that match builds an automaton that
 * grows with the word's length (a 100-character word took about 0.2 s on a
 * two-document index, a 2,000-character one exhausted a 4 GB heap).
 */
export const MAX_FUZZY_TOKEN_LENGTH = 20;

/**
 * Wraps Lunr's default translator so that only words of at most
 * `maxFuzzyTokenLength` characters get the fuzzy clause. Filters, types and
 * paging stay the upstream translator's.
 */
export function createBoundedFuzzyTranslator(
  upstream: LunrQueryTranslator,
  maxFuzzyTokenLength: number = MAX_FUZZY_TOKEN_LENGTH,
): LunrQueryTranslator {
  return query => {
    const tokens = lunr.tokenizer(query.term ?? '');
    const short = tokens.filter(
      t => t.toString().length <= maxFuzzyTokenLength,
    );
    const long = tokens.filter(t => t.toString().length > maxFuzzyTokenLength);
    if (!long.length) {
      return upstream(query);
    }
    const translated = upstream({
      ...query,
      term: short.map(t => t.toString()).join(' '),
    });
    return {
      ...translated,
      lunrQueryBuilder: q => {
        translated.lunrQueryBuilder.call(q, q);
        q.term(long, { usePipeline: true, boost: 100 });
        q.term(long, {
          usePipeline: false,
          boost: 10,
          wildcard: lunr.Query.wildcard.TRAILING,
        });
      },
    };
  };
}
