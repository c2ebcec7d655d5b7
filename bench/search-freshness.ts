/*
 * Search freshness on the embedded default: how long after a push a changed
 * doc page and a changed entity are findable through the search API, against
 * a running portal (`make start`, or `bash scripts/start.sh` with
 * PORTAL_DATA_DIR and PORTAL_PORT).
 *
 *   node --require ./node_modules/@backstage/cli-node/config/nodeTransform.cjs \
 *     bench/search-freshness.ts [--rounds 3] [--pause 65] \
 *     [--base-url http://localhost:7007] [--data-dir .data]
 *
 * Each round writes a new made-up word into the payments runbook
 * (components/payments-service/docs/runbook.md) and another into the
 * payments-service description (catalog-info.yaml) of the demo catalog
 * repository (<data-dir>/git/demo-catalog.git), pushes, sends the push
 * webhook (POST /api/events/http/git, as a post-receive hook would), and
 * polls GET /api/search/query every 500 ms as the guest user until each word
 * is found (techdocs and software-catalog). Prints both times per round, the
 * median and the worst. Rounds start <pause> seconds apart (default 65);
 * with --pause 0 each push follows as soon as the last one's words were found
 * (pushes less than a minute apart, which TechDocs' own once-a-minute source
 * check used to delay). The pushes stay in the demo repository until the
 * next start, which resets it from demo/catalog (scripts/sync-demo-repo.sh).
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readFlags } from './lib/flags';
import { guestToken } from './lib/guestToken';

function readArgs(argv: string[]) {
  const options = readFlags(argv);
  const rounds = Number(options.rounds ?? 3);
  const pause = Number(options.pause ?? 65);
  if (!Number.isInteger(rounds) || rounds < 1 || !(pause >= 0)) {
    throw new Error('--rounds must be a positive integer, --pause >= 0');
  }
  return {
    rounds,
    pauseMs: pause * 1000,
    baseUrl: (options['base-url'] ?? 'http://localhost:7007').replace(
      /\/$/,
      '',
    ),
    dataDir: path.resolve(options['data-dir'] ?? '.data'),
  };
}

const options = readArgs(process.argv.slice(2));
const bare = path.join(options.dataDir, 'git', 'demo-catalog.git');
const remote = `file://${bare}`;
const WAIT_LIMIT_MS = 180_000;

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function git(args: string[], cwd?: string) {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Bench',
      GIT_AUTHOR_EMAIL: 'bench@example.com',
      GIT_COMMITTER_NAME: 'Bench',
      GIT_COMMITTER_EMAIL: 'bench@example.com',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

const signIn = () => guestToken(options.baseUrl);

async function found(token: string, term: string, type: string) {
  const url = new URL(`${options.baseUrl}/api/search/query`);
  url.searchParams.set('term', term);
  url.searchParams.set('types[0]', type);
  const res = await fetch(url, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!res.ok) return false;
  const body = (await res.json()) as { results: unknown[] };
  return body.results.length > 0;
}

/** Milliseconds from `start` until `term` is found in `type`. */
async function waitFound(
  token: string,
  term: string,
  type: string,
  start: number,
) {
  while (performance.now() - start < WAIT_LIMIT_MS) {
    if (await found(token, term, type)) return performance.now() - start;
    await sleep(500);
  }
  throw new Error(`"${term}" not in ${type} after ${seconds(WAIT_LIMIT_MS)}`);
}

async function main() {
  if (!fs.existsSync(bare)) {
    throw new Error(`${bare} does not exist: is --data-dir the portal's?`);
  }
  const token = await signIn();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'search-freshness-'));
  try {
    git(['clone', '-q', '--branch', 'main', bare, work]);
    const docs: number[] = [];
    const entities: number[] = [];
    let previousStart: number | undefined;
    for (let round = 1; round <= options.rounds; round++) {
      if (previousStart !== undefined) {
        await sleep(
          Math.max(0, previousStart + options.pauseMs - performance.now()),
        );
      }
      const docWord = `docfresh${randomBytes(4).toString('hex')}`;
      const entityWord = `entfresh${randomBytes(4).toString('hex')}`;
      const runbook = path.join(
        work,
        'components/payments-service/docs/runbook.md',
      );
      fs.appendFileSync(runbook, `\nFreshness marker: ${docWord}.\n`);
      const catalogInfo = path.join(
        work,
        'components/payments-service/catalog-info.yaml',
      );
      fs.writeFileSync(
        catalogInfo,
        fs
          .readFileSync(catalogInfo, 'utf8')
          .replace(
            /^( {2}description: .*?)(?: entfresh[0-9a-f]+)?$/m,
            `$1 ${entityWord}`,
          ),
      );
      git(['commit', '-qam', `bench: ${docWord} ${entityWord}`], work);
      git(['push', '-q', 'origin', 'main'], work);
      const start = performance.now();
      previousStart = start;
      const hook = await fetch(`${options.baseUrl}/api/events/http/git`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ remote }),
      });
      if (hook.status !== 202) {
        throw new Error(`webhook: ${hook.status} ${await hook.text()}`);
      }
      const [doc, entity] = await Promise.all([
        waitFound(token, docWord, 'techdocs', start),
        waitFound(token, entityWord, 'software-catalog', start),
      ]);
      docs.push(doc);
      entities.push(entity);
      console.log(
        `round ${round}: doc page searchable after ${seconds(
          doc,
        )}, entity after ${seconds(entity)}`,
      );
    }
    console.log(
      `\n${options.rounds} rounds: doc page median ${seconds(
        median(docs),
      )}, worst ${seconds(Math.max(...docs))}; entity median ${seconds(
        median(entities),
      )}, worst ${seconds(Math.max(...entities))}`,
    );
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  error => {
    console.error(error);
    process.exit(1);
  },
);
