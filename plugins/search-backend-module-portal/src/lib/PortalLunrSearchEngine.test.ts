import { mockServices } from '@backstage/backend-test-utils';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  IndexableResultSet,
  SearchQuery,
} from '@backstage/plugin-search-common';
import { LunrSearchEngine } from '@backstage/plugin-search-backend-node';
import lunr from 'lunr';
import { PortalLunrSearchEngine } from './PortalLunrSearchEngine';

async function engineWith(
  docs: { title: string; text: string; location: string; kind?: string }[],
) {
  const engine = new PortalLunrSearchEngine({
    logger: mockServices.logger.mock(),
  });
  await pipeline(
    Readable.from(docs),
    await engine.getIndexer('software-catalog'),
  );
  return engine;
}

const docs = [
  { title: 'quokkaflux', text: 'a service', location: '/a', kind: 'component' },
  {
    title: 'Long',
    text: 'the supercalifragilisticexpialidocious service',
    location: '/b',
    kind: 'api',
  },
];

describe('PortalLunrSearchEngine', () => {
  it('matches short words with up to two typos', async () => {
    const engine = await engineWith(docs);
    const { results } = await engine.query({ term: 'quokkaflxu' });
    expect(results.map(r => r.document.location)).toEqual(['/a']);
  });

  it('matches long words exactly and by prefix, but not fuzzily', async () => {
    const engine = await engineWith(docs);
    const exact = await engine.query({
      term: 'supercalifragilisticexpialidocious',
    });
    expect(exact.results.map(r => r.document.location)).toEqual(['/b']);
    const prefix = await engine.query({ term: 'supercalifragilistic' });
    expect(prefix.results.map(r => r.document.location)).toEqual(['/b']);
    const typo = await engine.query({
      term: 'supercalifragilisticexpialidocoius',
    });
    expect(typo.results).toEqual([]);
  });

  it('keeps the upstream filters when a long word is in the term', async () => {
    const engine = await engineWith(docs);
    const filtered = await engine.query({
      term: 'supercalifragilisticexpialidocious quokkaflux',
      filters: { kind: 'component' },
    });
    expect(filtered.results.map(r => r.document.location)).toEqual(['/a']);
  });

  it('answers a type without an index yet with no results', async () => {
    const engine = await engineWith(docs);
    await expect(
      engine.query({ term: 'quokkaflux', types: ['techdocs'] }),
    ).resolves.toEqual({ results: [], numberOfResults: 0 });
  });

  describe('empty term', () => {
    const kinds = ['component', 'api', 'resource', 'component service'];
    const owners = ['team-a', 'group:default/team-b', 'team c and more'];
    const catalog = Array.from({ length: 40 }, (_, i) => ({
      title: `entity ${i}`,
      text: `text of entity ${i} ${'word '.repeat(i % 5)}`,
      location: `/catalog/${i}`,
      kind: kinds[i % kinds.length],
      owner: owners[i % owners.length],
    }));
    // Another field set, as the TechDocs collator's: no `owner` field.
    const pages = Array.from({ length: 12 }, (_, i) => ({
      title: `page ${i}`,
      text: `page text ${i}`,
      location: `/docs/${i}`,
      kind: i % 2 ? 'component component' : 'api',
    }));

    async function index(engine: LunrSearchEngine) {
      await pipeline(
        Readable.from(catalog),
        await engine.getIndexer('software-catalog'),
      );
      await pipeline(Readable.from(pages), await engine.getIndexer('techdocs'));
      return engine;
    }

    /** A result set without the engine's random highlight tags. */
    function comparable(
      engine: LunrSearchEngine,
      resultSet: IndexableResultSet,
    ) {
      const { highlightPreTag: preTag, highlightPostTag: postTag } =
        engine as unknown as {
          highlightPreTag: string;
          highlightPostTag: string;
        };
      const untag = (text: string) =>
        text.split(preTag).join('<b>').split(postTag).join('</b>');
      return {
        ...resultSet,
        results: resultSet.results.map(r => ({
          type: r.type,
          location: r.document.location,
          rank: r.rank,
          highlight: Object.fromEntries(
            Object.entries(r.highlight?.fields ?? {}).map(([k, v]) => [
              k,
              untag(v),
            ]),
          ),
        })),
      };
    }

    const logger = mockServices.logger.mock();
    let portal: PortalLunrSearchEngine;
    let upstream: LunrSearchEngine;
    let lunrQuery: jest.SpyInstance;

    beforeAll(async () => {
      portal = (await index(
        new PortalLunrSearchEngine({ logger }),
      )) as PortalLunrSearchEngine;
      upstream = await index(new LunrSearchEngine({ logger }));
    });

    beforeEach(() => {
      lunrQuery = jest.spyOn(lunr.Index.prototype, 'query');
    });

    afterEach(() => {
      lunrQuery.mockRestore();
    });

    /** Asks both engines; the portal's must answer without a Lunr query. */
    async function both(query: SearchQuery) {
      const fast = await portal.query(query);
      expect(lunrQuery).not.toHaveBeenCalled();
      const slow = await upstream.query(query);
      expect(lunrQuery).toHaveBeenCalled();
      return {
        fast: comparable(portal, fast),
        slow: comparable(upstream, slow),
      };
    }

    it('lists every document as upstream does, without a Lunr query', async () => {
      const { fast, slow } = await both({ term: '', pageLimit: 100 });
      expect(fast.numberOfResults).toBe(52);
      expect(fast).toEqual(slow);
    });

    it('treats a blank term as empty', async () => {
      const { fast, slow } = await both({ term: '   ', pageLimit: 100 });
      expect(fast.numberOfResults).toBe(52);
      expect(fast).toEqual(slow);
    });

    it('keeps to the requested type', async () => {
      const { fast, slow } = await both({
        term: '',
        types: ['techdocs'],
        pageLimit: 100,
      });
      expect(fast.results.map(r => r.location)).toEqual(
        pages.map(p => p.location),
      );
      expect(fast).toEqual(slow);
    });

    it.each([
      [{ kind: 'component' }],
      [{ kind: 'Component' }],
      [{ kind: ['api'] }],
      [{ kind: 'component service' }],
      [{ owner: 'team-a' }],
      [{ owner: 'group:default/team-b' }],
      [{ owner: 'team c and more', kind: 'api' }],
      [{ kind: 'nothing-like-this' }],
      [{ kind: 'the' }],
      [{ lifecycle: 'production' }],
    ])(
      'filters as upstream does, scores and order included: %j',
      async filters => {
        const { fast, slow } = await both({
          term: '',
          filters,
          pageLimit: 100,
        });
        expect(fast).toEqual(slow);
      },
    );

    it('finds filtered documents with the filter highlighted', async () => {
      const { fast } = await both({
        term: '',
        filters: { kind: 'api' },
        pageLimit: 100,
      });
      // 10 entities and 6 pages of kind api.
      expect(fast.numberOfResults).toBe(16);
      expect(fast.results[0].highlight).toEqual({ kind: '<b>api</b>' });
    });

    it('pages as upstream does', async () => {
      const seen: string[] = [];
      let pageCursor: string | undefined;
      let pages_ = 0;
      do {
        const { fast, slow } = await both({
          term: '',
          pageLimit: 15,
          pageCursor,
        });
        expect(fast).toEqual(slow);
        expect(fast.results.length).toBeLessThanOrEqual(15);
        seen.push(...fast.results.map(r => r.location));
        pageCursor = fast.nextPageCursor;
        pages_++;
        lunrQuery.mockClear();
      } while (pageCursor);
      expect(pages_).toBe(4);
      expect(new Set(seen).size).toBe(52);

      const filtered = await both({
        term: '',
        filters: { kind: 'component' },
        pageLimit: 5,
        pageCursor: Buffer.from('1').toString('base64'),
      });
      expect(filtered.fast).toEqual(filtered.slow);
      expect(filtered.fast.previousPageCursor).toBeDefined();
    });

    it('still asks Lunr for a term or a filter with several values', async () => {
      await portal.query({ term: 'entity' });
      expect(lunrQuery).toHaveBeenCalled();
      lunrQuery.mockClear();
      await portal.query({ term: '', filters: { kind: ['api', 'resource'] } });
      expect(lunrQuery).toHaveBeenCalled();
    });

    it('answers a type without an index yet with no results', async () => {
      await expect(
        portal.query({ term: '', types: ['not-indexed'] }),
      ).resolves.toEqual({ results: [], numberOfResults: 0 });
    });
  });
});
