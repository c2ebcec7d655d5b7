/*
 * Benchmark of the catalog fed from Git: the catalog and events backends with
 * @internal/plugin-catalog-backend-module-git, on real git, one machine.
 *
 *   node --require ./node_modules/@backstage/cli-node/config/nodeTransform.cjs \
 *     bench/git-catalog-bench.ts [--engine sqlite|pg] [--repos 500] \
 *     [--entities 10000] [--rounds 20] [--timeout-minutes 20]
 *
 * Makes <repos> bare repositories, each with one multi-document
 * catalog-info.yaml of <entities>/<repos> components, serves them over smart
 * HTTP on 127.0.0.1 (git-http-backend, in a child process as a real Git
 * server would be another machine, behind a byte-counting TCP proxy), and
 * starts a test backend (startTestBackend) with the catalog, the events
 * backend, the Git module and its URL reader, and the real scheduler. Design:
 * one provider per repository (`catalog.providers.git.repo-<i>`), which is
 * how a company with many repositories configures it. It prints:
 *
 * 1. seconds from backend start until all components are queryable through
 *    the catalog API (totalItems of kind=component, asked every 2 s until
 *    90 % are there, then every 0.25 s: the count is work for the database);
 * 2. freshness: <rounds> times, change one component's description, git push,
 *    POST the push webhook (/api/events/http/git), and time until the catalog
 *    API shows the new description (median, worst);
 * 3. a refresh of every repository with no new commit (webhooks for all):
 *    how long until every provider has run, and the Git traffic (requests and
 *    bytes on the wire), next to the background traffic measured just before.
 *
 * BENCH_TRACE=1 prints the backend's info and debug log with timestamps.
 *
 * Every wait is bounded; the process exits by itself, removes its temporary
 * directory and, with pg, drops the databases it created (unique prefix).
 */
import {
  coreServices,
  createServiceFactory,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  mockServices,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import eventsPlugin from '@backstage/plugin-events-backend';
import { eventsServiceFactory } from '@backstage/plugin-events-node';
import gitFeature, {
  gitUrlReaderServiceFactory,
} from '@internal/plugin-catalog-backend-module-git';
import type { GitSourcesResponse } from '@internal/plugin-catalog-git-sources-common';
import { execFileSync, fork } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import knexFactory from 'knex';
import { createTempDir } from '../plugins/catalog-backend-module-git/src/__testUtils__/testRepos';
import { readFlags } from './lib/flags';

// ---------------------------------------------------------------- options

function readArgs(argv: string[]) {
  const options = readFlags(argv);
  const engine = options.engine ?? 'sqlite';
  if (engine !== 'sqlite' && engine !== 'pg') {
    throw new Error(`--engine must be sqlite or pg, not ${engine}`);
  }
  const repos = Number(options.repos ?? 500);
  const entities = Number(options.entities ?? 10_000);
  const rounds = Number(options.rounds ?? 20);
  const timeoutMinutes = Number(options['timeout-minutes'] ?? 20);
  if (![repos, entities, rounds, timeoutMinutes].every(n => n > 0)) {
    throw new Error(
      '--repos, --entities, --rounds, --timeout-minutes must be > 0',
    );
  }
  return {
    engine: engine as 'sqlite' | 'pg',
    repos,
    entities,
    rounds,
    timeoutMs: timeoutMinutes * 60_000,
  };
}

const options = readArgs(process.argv.slice(2));
const perRepo = Math.ceil(options.entities / options.repos);
const totalComponents = perRepo * options.repos;
/** Scheduled runs: the first at start-up, then every 10 minutes (not during the measurements). */
const SCHEDULE = { frequency: { minutes: 10 }, timeout: { minutes: 2 } };
const PG = { host: '127.0.0.1', port: 5432, user: 'postgres' };

// ---------------------------------------------------------------- helpers

/**
 * The Git server (git http-backend, one CGI process per request) in a child
 * process, so its work does not run on the backend's event loop; `requests`
 * fills in as the child reports them (every 20 ms).
 */
async function startGitServerProcess(projectRoot: string) {
  const child = fork(
    path.join(__dirname, 'git-http-server-process.ts'),
    [projectRoot],
    {
      execArgv: [
        '--require',
        require.resolve('@backstage/cli-node/config/nodeTransform.cjs'),
      ],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const requests: Array<{ method: string; path: string }> = [];
  const host = await new Promise<string>((resolve, reject) => {
    child.on('message', (message: any) => {
      if (message?.type === 'ready') resolve(message.host);
      else if (message?.type === 'requests') requests.push(...message.items);
    });
    child.once('exit', code =>
      reject(new Error(`the git server process exited with ${code}`)),
    );
  });
  return {
    host,
    requests,
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.send({ type: 'close' });
      await exited;
    },
  };
}

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  LC_ALL: 'C',
};

function git(args: string[], options: { cwd?: string; input?: string } = {}) {
  return execFileSync(
    'git',
    ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args],
    {
      cwd: options.cwd,
      input: options.input,
      env: GIT_ENV,
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: 60_000,
    },
  ).trim();
}

const componentName = (repo: number, index: number) => `c-${repo}-${index}`;

function catalogFile(
  repo: number,
  descriptions: Map<number, string> = new Map(),
) {
  const docs: string[] = [];
  for (let j = 0; j < perRepo; j++) {
    docs.push(`apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: ${componentName(repo, j)}
  description: ${descriptions.get(j) ?? `component ${j} of repository ${repo}`}
spec:
  type: service
  lifecycle: production
  owner: team-${repo % 50}
`);
  }
  return docs.join('---\n');
}

/** A bare repository with one commit, written by git fast-import (two processes). */
function createBareRepo(dir: string, files: Record<string, string>) {
  git(['init', '-q', '--bare', dir]);
  const parts: string[] = [];
  let mark = 1;
  const marks: [string, number][] = [];
  for (const [file, content] of Object.entries(files)) {
    parts.push(
      `blob\nmark :${mark}\ndata ${Buffer.byteLength(content)}\n${content}\n`,
    );
    marks.push([file, mark++]);
  }
  const message = 'catalog';
  parts.push(
    `commit refs/heads/main\ncommitter Bench <bench@example.com> ${Math.floor(
      Date.now() / 1000,
    )} +0000\ndata ${message.length}\n${message}\n${marks
      .map(([file, m]) => `M 100644 :${m} ${file}\n`)
      .join('')}\n`,
  );
  git(['fast-import', '--quiet'], { cwd: dir, input: parts.join('') });
  git(['symbolic-ref', 'HEAD', 'refs/heads/main'], { cwd: dir });
}

/** A TCP proxy in front of the git server that counts the bytes on the wire. */
async function startCountingProxy(target: { host: string; port: number }) {
  const stats = { connections: 0, bytesToServer: 0, bytesToClient: 0 };
  const sockets = new Set<net.Socket>();
  const server = net.createServer(client => {
    stats.connections++;
    const upstream = net.connect(target.port, target.host);
    sockets.add(client);
    sockets.add(upstream);
    client.on('data', d => {
      stats.bytesToServer += d.length;
    });
    upstream.on('data', d => {
      stats.bytesToClient += d.length;
    });
    client.pipe(upstream);
    upstream.pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', close);
    upstream.on('error', close);
    client.on('close', close);
    upstream.on('close', close);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stats,
    close: () =>
      new Promise<void>(resolve => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** With BENCH_TRACE=1, the backend's info and debug lines go to stderr, timed from process start. */
function trace(level: string, message: string) {
  if (process.env.BENCH_TRACE) {
    console.error(
      `${(performance.now() / 1000).toFixed(2)} ${level} ${message}`,
    );
  }
}

/** A logger that prints nothing (unless traced) but keeps count (and the first few errors). */
function createCountingLogger() {
  const counts = { error: 0, warn: 0 };
  const firstErrors: string[] = [];
  const make = (): LoggerService => ({
    error: (message: string) => {
      counts.error++;
      if (firstErrors.length < 5) firstErrors.push(message);
    },
    warn: () => {
      counts.warn++;
    },
    info: (message: string) => trace('info', message),
    debug: (message: string) => trace('debug', message),
    child: () => make(),
  });
  return { logger: make(), counts, firstErrors };
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/**
 * Polls `check` every `intervalMs` until it returns a value, or throws after
 * `timeoutMs`. A failing check (a request refused under load) is retried.
 */
async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs: number,
  intervalMs: number | (() => number),
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let failures = 0;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      failures++;
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out after ${timeoutMs / 1000} s waiting for ${what}${
          lastError
            ? ` (${failures} failed checks, last: ${describe(lastError)})`
            : ''
        }`,
      );
    }
    await sleep(typeof intervalMs === 'number' ? intervalMs : intervalMs());
  }
}

function describe(error: unknown): string {
  const e = error as Error & { cause?: unknown };
  return e.cause
    ? `${e.message}: ${describe(e.cause)}`
    : String(e.message ?? e);
}

async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, {
    ...init,
    signal: AbortSignal.timeout(120_000),
  });
  if (!response.ok) {
    throw new Error(
      `${init?.method ?? 'GET'} ${url}: ${
        response.status
      } ${await response.text()}`,
    );
  }
  return (await response.json()) as T;
}

/** POSTs a push webhook (topic `git`); retried twice if the request fails. */
async function postPush(api: string, remote: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(`${api}/events/http/git`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ remote }),
        signal: AbortSignal.timeout(60_000),
      });
      if (res.status !== 202) {
        throw new Error(`webhook answered ${res.status}: ${await res.text()}`);
      }
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
      await sleep(1_000);
    }
  }
}

/** Runs `fn` over `items`, at most `limit` at a time. */
async function mapLimit<T, R>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<R>,
) {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i]);
      }
    }),
  );
  return results;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const out = (line = '') => process.stdout.write(`${line}\n`);

// ---------------------------------------------------------------- database

async function withPgAdmin<T>(
  fn: (knex: ReturnType<typeof knexFactory>) => Promise<T>,
) {
  const knex = knexFactory({
    client: 'pg',
    connection: { ...PG, database: 'postgres' },
    pool: { min: 0, max: 1 },
  });
  try {
    return await fn(knex);
  } finally {
    await knex.destroy();
  }
}

async function dropPgDatabases(prefix: string): Promise<string[]> {
  return withPgAdmin(async knex => {
    const { rows } = await knex.raw(
      'SELECT datname FROM pg_database WHERE datname LIKE ?',
      [`${prefix}%`],
    );
    const names = (rows as { datname: string }[]).map(r => r.datname);
    for (const name of names) {
      await knex.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [name]);
    }
    return names;
  });
}

// ---------------------------------------------------------------- main

async function main() {
  const started = Date.now();
  const temp = createTempDir('git-catalog-bench-');
  const reposDir = path.join(temp.dir, 'repos');
  const workDir = path.join(temp.dir, 'work');
  fs.mkdirSync(reposDir, { recursive: true });
  fs.mkdirSync(workDir, { recursive: true });
  const pgPrefix = `bench_${randomBytes(4).toString('hex')}_`;
  const { logger, counts, firstErrors } = createCountingLogger();
  let backend: TestBackend | undefined;
  let gitServer: Awaited<ReturnType<typeof startGitServerProcess>> | undefined;
  let proxy: Awaited<ReturnType<typeof startCountingProxy>> | undefined;

  out(
    `git catalog benchmark: ${options.repos} repositories x ${perRepo} components = ${totalComponents} components, ${options.engine}`,
  );
  out(
    `design: one provider per repository (catalog.providers.git.repo-<i>), one multi-document catalog-info.yaml per repository; schedule every ${SCHEDULE.frequency.minutes} min (first run at start-up), pushes through the webhook`,
  );
  out(
    `machine: ${os.cpus().length} CPUs, node ${process.version}, ${git([
      '--version',
    ])}`,
  );
  out();

  try {
    // Repositories.
    const makeStart = Date.now();
    for (let i = 0; i < options.repos; i++) {
      createBareRepo(path.join(reposDir, `repo-${i}.git`), {
        'catalog-info.yaml': catalogFile(i),
      });
    }
    out(
      `created ${options.repos} bare repositories in ${seconds(
        Date.now() - makeStart,
      )}`,
    );

    gitServer = await startGitServerProcess(reposDir);
    const [, , gitPort] = gitServer.host.match(/^(.*):(\d+)$/)!;
    proxy = await startCountingProxy({
      host: '127.0.0.1',
      port: Number(gitPort),
    });
    const remoteOf = (i: number) => `${proxy!.baseUrl}/repo-${i}.git`;

    // Backend.
    const database =
      options.engine === 'sqlite'
        ? { client: 'better-sqlite3', connection: ':memory:' }
        : { client: 'pg', connection: PG, prefix: pgPrefix };
    const providers: Record<string, object> = {};
    for (let i = 0; i < options.repos; i++) {
      providers[`repo-${i}`] = {
        remote: remoteOf(i),
        branch: 'main',
        schedule: SCHEDULE,
      };
    }
    const bootStart = Date.now();
    backend = await startTestBackend({
      features: [
        catalogPlugin,
        eventsPlugin,
        gitFeature,
        gitUrlReaderServiceFactory,
        eventsServiceFactory,
        schedulerServiceFactory,
        createServiceFactory({
          service: coreServices.rootLogger,
          deps: {},
          factory: () => logger,
        }),
        mockServices.rootConfig.factory({
          data: {
            backend: {
              baseUrl: 'http://localhost:7007',
              workingDirectory: path.join(temp.dir, 'backend'),
              database,
            },
            events: { useEventBus: 'never', http: { topics: ['git'] } },
            catalog: {
              orphanStrategy: 'delete',
              rules: [{ allow: ['Component', 'Location'] }],
              providers: { git: providers },
            },
          },
        }),
      ],
    });
    const bootMs = Date.now() - bootStart;
    const { port } = backend.server.address() as AddressInfo;
    const api = `http://127.0.0.1:${port}/api`;
    out(`backend started in ${seconds(bootMs)}`);

    // (1) Initial ingestion. Counting 10,000 entities is itself work for
    // the catalog's database (on PostgreSQL, polling the count every 0.5 s
    // made the whole ingestion 10-15 s slower), so the count is polled
    // every 2 s until 90 % are there, then every 0.25 s.
    let lastReport = Date.now();
    let lastCount = 0;
    const componentCount = async () =>
      (
        await fetchJson<{ totalItems: number }>(
          `${api}/catalog/entities/by-query?filter=kind=component&limit=1`,
        )
      ).totalItems;
    await waitFor(
      `${totalComponents} components in the catalog`,
      async () => {
        const n = await componentCount();
        lastCount = n;
        if (Date.now() - lastReport > 15_000) {
          lastReport = Date.now();
          // Locations: the providers' first runs that reached the catalog
          // (one Location per repository), to tell Git from processing.
          const locations = (
            await fetchJson<{ totalItems: number }>(
              `${api}/catalog/entities/by-query?filter=kind=location&limit=1`,
            )
          ).totalItems;
          out(
            `  ... ${n} components, ${locations} of ${
              options.repos
            } Locations after ${seconds(Date.now() - bootStart)}`,
          );
        }
        return n >= totalComponents ? n : undefined;
      },
      options.timeoutMs,
      () => (lastCount < 0.9 * totalComponents ? 2000 : 250),
    );
    const ingestMs = Date.now() - bootStart;
    const afterIngest = {
      requests: gitServer.requests.length,
      bytes: proxy.stats.bytesToClient + proxy.stats.bytesToServer,
    };
    out(
      `(1) all ${totalComponents} components queryable ${seconds(
        ingestMs,
      )} after backend start (boot included); git traffic so far: ${
        afterIngest.requests
      } requests, ${kib(afterIngest.bytes)}`,
    );

    // (2) Freshness after a push.
    const totals: number[] = [];
    const afterWebhook: number[] = [];
    for (let round = 0; round < options.rounds; round++) {
      const repo =
        Math.floor((round * options.repos) / options.rounds) % options.repos;
      const work = path.join(workDir, `round-${round}`);
      git(['clone', '-q', path.join(reposDir, `repo-${repo}.git`), work]);
      const description = `changed in round ${round} at ${Date.now()}`;
      fs.writeFileSync(
        path.join(work, 'catalog-info.yaml'),
        catalogFile(repo, new Map([[0, description]])),
      );
      git(['commit', '-q', '-am', `round ${round}`], { cwd: work });
      const name = componentName(repo, 0);

      const t0 = Date.now();
      git(['push', '-q', 'origin', 'main'], { cwd: work });
      const t1 = Date.now();
      await postPush(api, remoteOf(repo));
      await waitFor(
        `the new description of ${name}`,
        async () => {
          const res = await fetch(
            `${api}/catalog/entities/by-name/component/default/${name}`,
            { signal: AbortSignal.timeout(30_000) },
          );
          if (!res.ok) return undefined;
          const entity = (await res.json()) as {
            metadata: { description?: string };
          };
          return entity.metadata.description === description ? true : undefined;
        },
        120_000,
        50,
      );
      const t2 = Date.now();
      totals.push(t2 - t0);
      afterWebhook.push(t2 - t1);
      fs.rmSync(work, { recursive: true, force: true });
    }
    out(
      `(2) push -> visible in the catalog API, ${
        options.rounds
      } rounds: median ${seconds(median(totals))}, worst ${seconds(
        Math.max(...totals),
      )} (webhook -> visible: median ${seconds(
        median(afterWebhook),
      )}, worst ${seconds(Math.max(...afterWebhook))})`,
    );

    // Background Git traffic with nothing pushed: the catalog reprocesses
    // every Location now and then, reading its file through the URL reader,
    // which uses the mirror its provider keeps fresh (no fetch).
    const traffic = () => ({
      at: Date.now(),
      requests: gitServer!.requests.length,
      bytes: proxy!.stats.bytesToClient + proxy!.stats.bytesToServer,
    });
    const idleMs = 30_000;
    const idle0 = traffic();
    await sleep(idleMs);
    const idle1 = traffic();
    const idleRate = {
      requests: (idle1.requests - idle0.requests) / idleMs,
      bytes: (idle1.bytes - idle0.bytes) / idleMs,
    };

    // (3) A refresh of every repository with no new commit: one webhook each.
    // The status route is expensive with many sources, so it is not polled
    // while the runs go: wait until every repository has been asked for its
    // refs since the webhooks, then read the run times from the status twice
    // (equal answers: no run was still going).
    const timeline: ReturnType<typeof traffic>[] = [];
    const sampler = setInterval(() => timeline.push(traffic()), 100);
    const r0 = traffic();
    timeline.push(r0);
    const t0 = r0.at;
    await mapLimit(
      Array.from({ length: options.repos }, (_, i) => i),
      50,
      i => postPush(api, remoteOf(i)),
    );
    const sentMs = Date.now() - t0;
    await waitFor(
      'a fetch of every repository',
      async () => {
        const asked = new Set(
          gitServer!.requests
            .slice(r0.requests)
            .filter(r => r.path.endsWith('/git-upload-pack'))
            .map(r => r.path.split('/')[1]),
        );
        return asked.size >= options.repos ? true : undefined;
      },
      options.timeoutMs,
      500,
    );
    let statusMs = 0;
    let previous = '';
    const settled = await waitFor(
      'every provider to have run once',
      async () => {
        const startedAt = Date.now();
        const { sources } = await fetchJson<GitSourcesResponse>(
          `${api}/catalog/git/sources`,
        );
        statusMs = Math.max(statusMs, Date.now() - startedAt);
        const ran = sources.every(
          s => s.lastRunAt && Date.parse(s.lastRunAt) >= t0,
        );
        const key = JSON.stringify(
          sources.map(s => [s.lastRunAt, s.lastRunDurationMs]),
        );
        const stable = ran && key === previous;
        previous = key;
        return stable ? sources : undefined;
      },
      options.timeoutMs,
      1_000,
    );
    clearInterval(sampler);
    const windowMs =
      Math.max(
        ...settled.map(
          s => Date.parse(s.lastRunAt!) + (s.lastRunDurationMs ?? 0),
        ),
      ) - t0;
    const durations = settled.map(s => s.lastRunDurationMs ?? 0);
    const failed = settled.filter(s => s.lastError).length;
    const atEnd =
      timeline.find(sample => sample.at >= t0 + windowMs) ??
      timeline[timeline.length - 1];
    const windowTraffic = {
      requests: atEnd.requests - r0.requests,
      bytes: atEnd.bytes - r0.bytes,
    };
    const background = {
      requests: idleRate.requests * windowMs,
      bytes: idleRate.bytes * windowMs,
    };
    out(
      `(3) no-change refresh of all ${
        options.repos
      } repositories (a webhook each, all answered in ${seconds(
        sentMs,
      )}): every provider had run ${seconds(
        windowMs,
      )} after the first webhook; run duration median ${seconds(
        median(durations),
      )}, worst ${seconds(Math.max(...durations))}; ${failed} failed`,
    );
    out(
      `    git traffic in those ${seconds(windowMs)}: ${
        windowTraffic.requests
      } requests, ${kib(
        windowTraffic.bytes,
      )}, of which background ~${Math.round(
        background.requests,
      )} requests / ${kib(background.bytes)} (measured idle before: ${(
        idleRate.requests * 1000
      ).toFixed(1)} requests/s, ${kib(idleRate.bytes * 1000)}/s)`,
    );
    out(
      `    GET /api/catalog/git/sources with ${
        options.repos
      } sources took up to ${seconds(statusMs)}`,
    );
    out();
    out(
      `backend log: ${counts.error} errors, ${counts.warn} warnings${
        firstErrors.length ? `; first: ${firstErrors.join(' | ')}` : ''
      }`,
    );
    out(`total run time ${seconds(Date.now() - started)}`);
  } finally {
    await Promise.race([
      (async () => {
        await backend?.stop().catch(e => out(`backend stop failed: ${e}`));
        await proxy?.close();
        await gitServer?.close();
      })(),
      sleep(60_000),
    ]);
    temp.remove();
    if (options.engine === 'pg') {
      const dropped = await dropPgDatabases(pgPrefix);
      out(
        `dropped ${dropped.length} databases (${dropped.join(', ') || 'none'})`,
      );
    }
  }
}

// Bounded overall: a hung step cannot keep the process alive.
const hardLimit = setTimeout(() => {
  process.stderr.write('benchmark exceeded its overall time limit\n');
  process.exit(2);
}, options.timeoutMs * 2 + 10 * 60_000);
hardLimit.unref();

main().then(
  () => process.exit(0),
  error => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exit(1);
  },
);
