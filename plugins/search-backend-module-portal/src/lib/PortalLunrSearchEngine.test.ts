import { mockServices } from '@backstage/backend-test-utils';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
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
});
