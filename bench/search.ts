/*
 * Search benchmark: the portal's two search engines with 10,000 catalog
 * entity documents and 1,000 TechDocs pages.
 *
 *   node --require ./node_modules/@backstage/cli-node/config/nodeTransform.cjs \
 *     bench/search.ts [--entities 10000] [--pages 1000] [--queries 300] \
 *     [--engine all|lunr|pg]
 *
 * Documents look like the collators' output (catalog: title, text, kind,
 * type, owner, lifecycle; TechDocs: a page of about 250 words with its
 * entity's fields), with words drawn from a fixed vocabulary (seeded, so
 * every run indexes the same text). For each engine it prints the time to
 * index both types (through the engine's indexer, as the collator tasks do)
 * and the latency of `engine.query()` for <queries> queries of each kind:
 * one word, two words, a prefix, a word with a typo, a word filtered by kind,
 * a 30-character word, the empty term, and the empty term filtered by kind
 * (p50, p95, worst). Engines:
 *
 * - Lunr (embedded default): upstream's LunrSearchEngine and the portal's
 *   PortalLunrSearchEngine (fuzzy match bounded to words of 20 characters);
 * - PostgreSQL (production): PgSearchEngine on 127.0.0.1:5432 (POSTGRES_*
 *   variables), in a database `searchbe_bench_<random>` it drops at the end.
 *
 * Queries run one at a time, after indexing, in this process.
 */
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { PgSearchEngine } from '@backstage/plugin-search-backend-module-pg';
import {
  LunrSearchEngine,
  SearchEngine,
} from '@backstage/plugin-search-backend-node';
import { IndexableDocument } from '@backstage/plugin-search-common';
import { PortalLunrSearchEngine } from '@internal/plugin-search-backend-module-portal';
import knexFactory, { Knex } from 'knex';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { readFlags } from './lib/flags';

// ---------------------------------------------------------------- options

function readArgs(argv: string[]) {
  const options = readFlags(argv);
  const engine = options.engine ?? 'all';
  if (!['all', 'lunr', 'pg'].includes(engine)) {
    throw new Error(`--engine must be all, lunr or pg, not ${engine}`);
  }
  const entities = Number(options.entities ?? 10_000);
  const pages = Number(options.pages ?? 1_000);
  const queries = Number(options.queries ?? 300);
  if (![entities, pages, queries].every(n => Number.isInteger(n) && n > 0)) {
    throw new Error('--entities, --pages and --queries must be integers > 0');
  }
  return { engine, entities, pages, queries };
}

const options = readArgs(process.argv.slice(2));
const PG = {
  host: process.env.POSTGRES_HOST ?? '127.0.0.1',
  port: Number(process.env.POSTGRES_PORT ?? 5432),
  user: process.env.POSTGRES_USER ?? 'postgres',
  password: process.env.POSTGRES_PASSWORD ?? '',
};

// ---------------------------------------------------------------- data

/** A small seeded PRNG (mulberry32), so every run indexes the same text. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(42);
const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];

const SYLLABLES =
  'ka lo mi ne ru sa ti vo xe zu pa de fi go hu ja ke li mo nu pe qu ra se to ve wi ya zo ban cor dul fen gar hix jul kor lum mar nix por quil ras sol tur vex'.split(
    ' ',
  );
/** 5,000 distinct made-up words of 2 to 4 syllables. */
const VOCABULARY = (() => {
  const words = new Set<string>();
  while (words.size < 5_000) {
    const n = 2 + Math.floor(random() * 3);
    words.add(Array.from({ length: n }, () => pick(SYLLABLES)).join(''));
  }
  return [...words];
})();
const sentence = (n: number) =>
  Array.from({ length: n }, () => pick(VOCABULARY)).join(' ');

const KINDS = ['component', 'api', 'system', 'group', 'user', 'resource'];
const TYPES = ['service', 'website', 'library', 'openapi', 'team', 'database'];
const LIFECYCLES = ['production', 'experimental', 'deprecated'];
const OWNERS = Array.from({ length: 50 }, (_, i) => `team-${i}`);

function catalogDocuments(count: number): IndexableDocument[] {
  return Array.from({ length: count }, (_, i) => {
    const kind = KINDS[i % KINDS.length];
    const name = `${pick(VOCABULARY)}-${i}`;
    return {
      title: name,
      text: sentence(12),
      location: `/catalog/default/${kind}/${name}`,
      kind,
      namespace: 'default',
      type: pick(TYPES),
      lifecycle: pick(LIFECYCLES),
      owner: pick(OWNERS),
    } as IndexableDocument;
  });
}

function techdocsPages(count: number): IndexableDocument[] {
  return Array.from({ length: count }, (_, i) => {
    const entity = `${pick(VOCABULARY)}-${i % 200}`;
    return {
      title: sentence(3),
      text: sentence(250),
      location: `/docs/default/component/${entity}/page-${i}/`,
      kind: 'component',
      namespace: 'default',
      name: entity,
      entityTitle: entity,
      componentType: 'service',
      lifecycle: pick(LIFECYCLES),
      owner: pick(OWNERS),
      path: `page-${i}/`,
    } as IndexableDocument;
  });
}

function typo(word: string) {
  const i = 1 + Math.floor(random() * (word.length - 2));
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

type QueryKind =
  | 'one word'
  | 'two words'
  | 'prefix'
  | 'typo'
  | 'word + kind filter'
  | '30-character word'
  | 'empty term'
  | 'empty term + kind filter';

function querySet(count: number) {
  const set: { kind: QueryKind; term: string; filters?: any }[] = [];
  for (let i = 0; i < count; i++) {
    const word = pick(VOCABULARY);
    set.push({ kind: 'one word', term: word });
    set.push({ kind: 'two words', term: `${word} ${pick(VOCABULARY)}` });
    set.push({ kind: 'prefix', term: word.slice(0, 4) });
    set.push({ kind: 'typo', term: typo(word) });
    set.push({
      kind: 'word + kind filter',
      term: word,
      filters: { kind: pick(KINDS) },
    });
    set.push({
      kind: '30-character word',
      term: (word + pick(VOCABULARY) + pick(VOCABULARY) + 'x'.repeat(30)).slice(
        0,
        30,
      ),
    });
    if (i % 10 === 0) {
      set.push({ kind: 'empty term', term: '' });
      // The search page browsing by kind (no pick(): keeps the seeded words).
      set.push({
        kind: 'empty term + kind filter',
        term: '',
        filters: { kind: KINDS[(i / 10) % KINDS.length] },
      });
    }
  }
  return set;
}

// ---------------------------------------------------------------- measuring

function percentile(sorted: number[], p: number): number {
  const index = Math.min(
    sorted.length - 1,
    Math.max(0, Math.ceil((p / 100) * sorted.length) - 1),
  );
  return sorted[index];
}
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function index(
  engine: SearchEngine,
  type: string,
  docs: IndexableDocument[],
) {
  const indexer = await engine.getIndexer(type);
  await pipeline(Readable.from(docs), indexer);
}

async function measure(
  name: string,
  engine: SearchEngine,
  catalog: IndexableDocument[],
  pages: IndexableDocument[],
) {
  const start = performance.now();
  await index(engine, 'software-catalog', catalog);
  await index(engine, 'techdocs', pages);
  const indexSeconds = (performance.now() - start) / 1000;

  const queries = querySet(options.queries);
  // Warm-up (JIT, PostgreSQL caches): one of each kind, not counted.
  for (const q of queries.slice(0, 8)) {
    await engine.query({ term: q.term, filters: q.filters });
  }
  const byKind = new Map<string, number[]>();
  const all: number[] = [];
  let hits = 0;
  for (const q of queries) {
    const t0 = performance.now();
    const result = await engine.query({ term: q.term, filters: q.filters });
    const elapsed = performance.now() - t0;
    if (result.results.length) hits++;
    all.push(elapsed);
    byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), elapsed]);
  }
  const stats = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return {
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      worst: sorted[sorted.length - 1],
    };
  };
  const overall = stats(all);
  console.log(
    `\n${name}: indexed ${catalog.length} entities + ${
      pages.length
    } pages in ${indexSeconds.toFixed(1)} s; ${
      all.length
    } queries (${hits} with results): p50 ${ms(overall.p50)}, p95 ${ms(
      overall.p95,
    )}, worst ${ms(overall.worst)}`,
  );
  for (const [kind, values] of byKind) {
    const s = stats(values);
    console.log(
      `  ${kind.padEnd(24)} n=${String(values.length).padStart(4)}  p50 ${ms(
        s.p50,
      ).padStart(9)}  p95 ${ms(s.p95).padStart(9)}  worst ${ms(
        s.worst,
      ).padStart(9)}`,
    );
  }
  return { indexSeconds, ...overall };
}

// ---------------------------------------------------------------- main

async function main() {
  const logger = mockServices.rootLogger({ level: 'error' });
  const catalog = catalogDocuments(options.entities);
  const pages = techdocsPages(options.pages);
  console.log(
    `Search benchmark: ${catalog.length} catalog documents, ${pages.length} TechDocs pages, ${options.queries} queries of each kind; node ${process.version}`,
  );

  if (options.engine === 'all' || options.engine === 'lunr') {
    await measure(
      'Lunr, upstream translator',
      new LunrSearchEngine({ logger }),
      catalog,
      pages,
    );
    await measure(
      'Lunr, portal (PortalLunrSearchEngine)',
      new PortalLunrSearchEngine({ logger }),
      catalog,
      pages,
    );
  }

  if (options.engine === 'all' || options.engine === 'pg') {
    const database = `searchbe_bench_${randomBytes(4).toString('hex')}`;
    const admin = knexFactory({
      client: 'pg',
      connection: { ...PG, database: 'postgres' },
    });
    await admin.raw('CREATE DATABASE ??', [database]);
    let knex: Knex | undefined;
    try {
      knex = knexFactory({ client: 'pg', connection: { ...PG, database } });
      const engine = await PgSearchEngine.fromConfig(new ConfigReader({}), {
        database: { getClient: async () => knex! },
        logger,
      });
      await measure('PostgreSQL (PgSearchEngine)', engine, catalog, pages);
    } finally {
      await knex?.destroy();
      await admin.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [database]);
      await admin.destroy();
    }
  }
}

main().then(
  () => process.exit(0),
  error => {
    console.error(error);
    process.exit(1);
  },
);
