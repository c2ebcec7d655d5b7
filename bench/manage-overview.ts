/*
 * Manage at team scale: a team owning 50 services, each with CI runs (GitHub
 * double) and Kubernetes workloads (Kubernetes API double), every double
 * answering after 50 ms. Times
 *
 *   1. GET /api/manage/overview for the team: the first request (cold: every
 *      cell fans out to the ci-status and Kubernetes backends, and those to
 *      the doubles), then `--warm-runs` more within manage.cacheTtlSeconds
 *      (p50, p95 and worst);
 *   2. /manage in Chromium for a user of a second team of 50 services whose
 *      data nobody has asked for yet: time from navigation until all 50 rows
 *      show a CI and a Kubernetes cell; then the same after a reload (cached).
 *
 * It starts everything itself and stops it again: the doubles on a loopback
 * port (startDemoDoublesServer), and the portal backend with the node command
 * of scripts/start.sh (same flags, app-config.yaml) on `--port` with a
 * fresh SQLite directory and a generated config: the two teams and their
 * services as a catalog file, a guest user in the second team, the GitHub
 * integration and the cluster pointing at the doubles. app-config.demo.yaml is
 * not loaded, so no demo catalog or search collators run meanwhile. The
 * frontend is served from packages/app/dist as built (`--build` rebuilds it
 * first, as start.sh would, when sources are newer).
 *
 * The GitHub double knows five repositories and matches names without regard
 * to case; each service names one of them in its own casing, so ci-status
 * caches and fetches every service separately, as for 50 distinct
 * repositories. Kubernetes workloads: one of the four demo workloads each.
 *
 * Usage: node --require ./node_modules/@backstage/cli-node/config/nodeTransform.cjs \
 *          bench/manage-overview.ts [--port 7107] [--services 50] [--latency-ms 50] \
 *          [--warm-runs 20] [--build] [--extra-config tuning.yaml]
 * (`--extra-config` is loaded last, e.g. to try other manage / ciStatus settings.)
 * Exits by itself: everything is bounded by a 15-minute deadline.
 */
import { chromium } from '@playwright/test';
import {
  DemoDoublesServer,
  startDemoDoublesServer,
} from '@internal/plugin-demo-doubles-backend';
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { guestToken } from './lib/guestToken';

const repoRoot = path.resolve(__dirname, '..');
const DEADLINE_MS = 15 * 60_000;
const TARGET_COLD_MS = 1500;
const TARGET_WARM_MS = 150;

/** Demo workloads of the Kubernetes double and repositories of the GitHub double. */
const WORKLOADS = [
  'payments-service',
  'ledger-service',
  'notification-service',
  'checkout-web',
];
const REPOSITORIES = [...WORKLOADS, 'design-system'];

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: '7107' },
    services: { type: 'string', default: '50' },
    'latency-ms': { type: 'string', default: '50' },
    'warm-runs': { type: 'string', default: '20' },
    build: { type: 'boolean', default: false },
    'extra-config': { type: 'string' },
  },
});
const port = Number(args.port);
const services = Number(args.services);
const latencyMs = Number(args['latency-ms']);
const warmRuns = Math.min(Number(args['warm-runs']), 200);
const base = `http://localhost:${port}`;
const deadline = Date.now() + DEADLINE_MS;

function log(message: string) {
  process.stderr.write(`[manage-bench] ${message}\n`);
}

function sleep(ms: number) {
  return new Promise(resolve => setTimeout(resolve, ms));
}

function remaining(): number {
  const ms = deadline - Date.now();
  if (ms <= 0) throw new Error('deadline of the benchmark passed');
  return ms;
}

/** `repo` with the letters at the set bits of `variant` upper-cased. */
function casing(repo: string, variant: number): string {
  let bit = 0;
  return repo.replace(/[a-z]/g, letter =>
    (variant >> bit++) & 1 ? letter.toUpperCase() : letter,
  );
}

function catalogYaml(): string {
  const docs: string[] = [];
  for (const team of ['bench-team-a', 'bench-team-b']) {
    docs.push(`apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: ${team}
spec:
  type: team
  children: []`);
  }
  docs.push(`apiVersion: backstage.io/v1alpha1
kind: User
metadata:
  name: bench-user
spec:
  memberOf: [bench-team-b]`);
  let n = 0;
  for (const team of ['bench-team-a', 'bench-team-b']) {
    for (let i = 0; i < services; i++, n++) {
      const repo = REPOSITORIES[n % REPOSITORIES.length];
      const variant = Math.floor(n / REPOSITORIES.length);
      docs.push(`apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: ${team}-svc-${String(i + 1).padStart(2, '0')}
  annotations:
    backstage.io/kubernetes-id: ${WORKLOADS[n % WORKLOADS.length]}
    github.com/project-slug: northwind/${casing(repo, variant)}
    github.com/host: demo-github.localhost
spec:
  type: service
  lifecycle: production
  owner: ${team}`);
    }
  }
  return `${docs.join('\n---\n')}\n`;
}

function configYaml(doubles: DemoDoublesServer, catalogFile: string): string {
  return `app:
  baseUrl: ${base}
backend:
  baseUrl: ${base}
  listen: ':${port}'
auth:
  providers:
    guest:
      userEntityRef: user:default/bench-user
catalog:
  locations:
    - type: file
      target: ${catalogFile}
integrations:
  github:
    - host: demo-github.localhost
      apiBaseUrl: ${doubles.url}/github
kubernetes:
  clusterLocatorMethods:
    - type: config
      clusters:
        - name: bench-cluster (demo data)
          url: ${doubles.url}/kubernetes
          authProvider: serviceAccount
          serviceAccountToken: demo-token-not-a-secret
          skipTLSVerify: true
          skipMetricsLookup: true
`;
}

async function assertPortFree() {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', () =>
      reject(new Error(`port ${port} is in use; pass --port with a free one`)),
    );
    server.listen(port, () => server.close(() => resolve()));
  });
}

/** The same rule as scripts/start.sh: rebuild when a source is newer than the build. */
function frontendIsStale(): boolean {
  const index = path.join(repoRoot, 'packages/app/dist/index.html');
  if (!fs.existsSync(index)) return true;
  const found = spawnSync(
    'find',
    [
      'packages/app/src',
      'packages/app/public',
      'packages/app/package.json',
      'plugins',
      'yarn.lock',
      '-newer',
      index,
      '-not',
      '-path',
      '*/node_modules/*',
      '-not',
      '-path',
      '*/dist/*',
      '-not',
      '-path',
      '*/dist-types/*',
      '-print',
      '-quit',
    ],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  return found.stdout.trim() !== '';
}

function buildFrontend() {
  log('building the frontend (packages/app)...');
  const result = spawnSync('yarn', ['build'], {
    cwd: path.join(repoRoot, 'packages/app'),
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: remaining(),
  });
  if (result.status !== 0) throw new Error('frontend build failed');
}

function startBackend(dataDir: string, configFile: string): ChildProcess {
  const logFile = fs.openSync(path.join(dataDir, 'backend.log'), 'w');
  return spawn(
    process.execPath,
    [
      '--enable-source-maps',
      '--require',
      path.join(
        repoRoot,
        'node_modules/@backstage/cli-node/config/nodeTransform.cjs',
      ),
      'src/index.ts',
      '--config',
      '../../app-config.yaml',
      '--config',
      configFile,
      ...(args['extra-config']
        ? ['--config', path.resolve(args['extra-config'])]
        : []),
    ],
    {
      cwd: path.join(repoRoot, 'packages/backend'),
      env: {
        ...process.env,
        PORTAL_DATA_DIR: dataDir,
        PORTAL_PORT: String(port),
      },
      stdio: ['ignore', logFile, logFile],
      // Its own process group, so stopping it stops nothing else.
      detached: true,
    },
  );
}

async function stopBackend(backend: ChildProcess) {
  if (backend.exitCode !== null || backend.pid === undefined) return;
  const exited = new Promise(resolve => backend.once('exit', resolve));
  process.kill(-backend.pid, 'SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), sleep(10_000)]);
  if (!stopped && backend.exitCode === null)
    process.kill(-backend.pid, 'SIGKILL');
}

async function waitFor<T>(
  what: string,
  backend: ChildProcess,
  probe: () => Promise<T | undefined>,
): Promise<T> {
  const started = Date.now();
  while (Date.now() - started < Math.min(remaining(), 5 * 60_000)) {
    if (backend.exitCode !== null) {
      throw new Error(
        `the backend exited (${backend.exitCode}) before ${what}`,
      );
    }
    const value = await probe().catch(() => undefined);
    if (value !== undefined) {
      log(`${what} after ${((Date.now() - started) / 1000).toFixed(0)} s`);
      return value;
    }
    await sleep(500);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Signs in as the guest (bench-user); undefined until the catalog has the user. */
const benchUserToken = () => guestToken(base).catch(() => undefined);

async function ownedComponents(token: string, team: string) {
  const filter = `kind=component,relations.ownedBy=group:default/${team}`;
  const res = await fetch(
    `${base}/api/catalog/entities/by-query?filter=${encodeURIComponent(
      filter,
    )}&limit=1`,
    { headers: { authorization: `Bearer ${token}` } },
  );
  if (!res.ok) return 0;
  return (await res.json()).totalItems as number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[
    Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  ];
}

const ms = (n: number) => `${Math.round(n)} ms`;

async function measureEndpoint(token: string, team: string) {
  const url = `${base}/api/manage/overview?owner=${encodeURIComponent(
    `group:default/${team}`,
  )}`;
  const timings: number[] = [];
  let rows = 0;
  let errorCells = 0;
  for (let i = 0; i <= warmRuns; i++) {
    const started = performance.now();
    const res = await fetch(url, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(Math.min(remaining(), 60_000)),
    });
    const body = await res.json();
    timings.push(performance.now() - started);
    if (!res.ok) throw new Error(`HTTP ${res.status}: ${JSON.stringify(body)}`);
    rows = body.rows.length;
    errorCells = body.rows.filter(
      (r: any) => 'error' in r.ci || 'error' in r.kubernetes,
    ).length;
  }
  const [cold, ...warm] = timings;
  const sorted = [...warm].sort((a, b) => a - b);
  return {
    url,
    rows,
    errorCells,
    cold,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    worst: sorted[sorted.length - 1],
  };
}

/**
 * In the page: ms since navigation start once the Manage table has `expected`
 * rows, each with text in its CI and Kubernetes cells; false before.
 */
function allRowsHaveStatus(expected: number): number | false {
  const table = Array.from(document.querySelectorAll('table')).find(t =>
    Array.from(t.querySelectorAll('th')).some(
      th => th.textContent?.trim() === 'Kubernetes',
    ),
  );
  if (!table) return false;
  const headers = Array.from(table.querySelectorAll('thead th')).map(
    th => th.textContent?.trim() ?? '',
  );
  const ci = headers.indexOf('CI');
  const kubernetes = headers.indexOf('Kubernetes');
  const rows = Array.from(table.querySelectorAll('tbody tr')).filter(
    row => row.children.length === headers.length,
  );
  const filled = rows.filter(
    row =>
      row.children[ci]?.textContent?.trim() &&
      row.children[kubernetes]?.textContent?.trim(),
  );
  return filled.length >= expected ? performance.now() : false;
}

async function measurePage() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({
      viewport: { width: 1600, height: 1000 },
    });
    page.setDefaultTimeout(Math.min(remaining(), 120_000));
    await page.goto(`${base}/`);
    await page.getByRole('button', { name: 'Enter' }).click();
    // Signed in once the app shell shows (the nav element itself has no box; its links do).
    await page
      .getByRole('navigation', { name: 'sidebar nav' })
      .getByRole('link', { name: 'Manage', exact: true })
      .waitFor({ state: 'visible' });

    const load = async () => {
      const started = Date.now();
      await page.goto(`${base}/manage`, { waitUntil: 'commit' });
      const handle = await page.waitForFunction(allRowsHaveStatus, services, {
        polling: 'raf',
      });
      const sinceNavigation = (await handle.jsonValue()) as number;
      return { sinceNavigation, wallClock: Date.now() - started };
    };
    const cold = await load();
    const statusCells = await page
      .getByRole('row')
      .filter({ hasText: /unreachable|forbidden|rate-limited|timeout/ })
      .count();
    const warm = await load();
    return { cold, warm, statusCells };
  } finally {
    await browser.close();
  }
}

async function main() {
  await assertPortFree();
  if (frontendIsStale()) {
    if (args.build) buildFrontend();
    else
      log(
        'packages/app/dist is older than some sources; the page is timed on that build (pass --build to rebuild first)',
      );
  }

  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'manage-bench-'));
  const catalogFile = path.join(workDir, 'catalog.yaml');
  const configFile = path.join(workDir, 'app-config.bench.yaml');
  const doubles = await startDemoDoublesServer({ latencyMs });
  let backend: ChildProcess | undefined;
  let ok = false;
  try {
    fs.writeFileSync(catalogFile, catalogYaml());
    fs.writeFileSync(configFile, configYaml(doubles, catalogFile));
    log(`starting the backend on ${base} (log: ${workDir}/backend.log)`);
    const started = Date.now();
    backend = startBackend(workDir, configFile);
    const running = backend;
    // Whatever ends this process (deadline, Ctrl-C) also ends the backend.
    process.on('exit', () => {
      if (running.exitCode === null && running.pid !== undefined) {
        try {
          process.kill(-running.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    });
    await waitFor('backend ready', running, async () =>
      (
        await fetch(`${base}/.backstage/health/v1/readiness`)
      ).ok
        ? true
        : undefined,
    );
    const token = await waitFor(
      'guest sign-in as bench-user',
      running,
      benchUserToken,
    );
    await waitFor(`${services} components for each team`, running, async () => {
      const counts = await Promise.all(
        ['bench-team-a', 'bench-team-b'].map(t => ownedComponents(token, t)),
      );
      return counts.every(c => c === services) ? true : undefined;
    });
    log(
      `portal ready with the bench catalog after ${(
        (Date.now() - started) /
        1000
      ).toFixed(0)} s`,
    );
    doubles.control.resetStats();

    const endpoint = await measureEndpoint(token, 'bench-team-a');
    const calls = {
      github: doubles.control.statsOf('github'),
      kubernetes: doubles.control.statsOf('kubernetes'),
    };
    const page = await measurePage();

    const verdict = (value: number, target: number) =>
      value < target
        ? `under the ${ms(target)} target`
        : `MISSES the ${ms(target)} target`;
    console.log(
      `Manage bench: ${services} services per team, doubles answering after ${latencyMs} ms, portal ${base}, ${
        os.cpus().length
      } CPUs, load average ${os
        .loadavg()
        .map(l => l.toFixed(1))
        .join(' ')}`,
    );
    console.log(
      `GET ${endpoint.url}: ${endpoint.rows} rows, ${endpoint.errorCells} with an error cell`,
    );
    console.log(
      `  cold: ${ms(endpoint.cold)} (${verdict(
        endpoint.cold,
        TARGET_COLD_MS,
      )})`,
    );
    console.log(
      `  warm, ${warmRuns} runs: p50 ${ms(endpoint.p50)}, p95 ${ms(
        endpoint.p95,
      )}, worst ${ms(endpoint.worst)} (p50 ${verdict(
        endpoint.p50,
        TARGET_WARM_MS,
      )}; worst ${verdict(endpoint.worst, TARGET_WARM_MS)})`,
    );
    console.log(
      `  the cold request's calls to the doubles: GitHub ${calls.github.requests} (at most ${calls.github.maxInFlight} at a time), Kubernetes ${calls.kubernetes.requests} (at most ${calls.kubernetes.maxInFlight} at a time)`,
    );
    console.log(
      `/manage in Chromium (bench-user of bench-team-b): all ${services} rows with CI and Kubernetes status`,
    );
    console.log(
      `  data not cached: ${ms(
        page.cold.sinceNavigation,
      )} from navigation start (${ms(page.cold.wallClock)} wall clock); ${
        page.statusCells
      } rows with an error cell`,
    );
    console.log(
      `  reload, data cached: ${ms(
        page.warm.sinceNavigation,
      )} from navigation start (${ms(page.warm.wallClock)} wall clock)`,
    );
    ok = true;
  } finally {
    if (backend) await stopBackend(backend);
    await doubles.close();
    if (ok) fs.rmSync(workDir, { recursive: true, force: true });
    else log(`kept ${workDir} (backend.log) for a look`);
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => process.exit(130));
}
const timer = setTimeout(() => {
  log('deadline passed; exiting');
  process.exit(1);
}, DEADLINE_MS + 30_000);
timer.unref();

main().then(
  () => process.exit(0),
  e => {
    console.error(e);
    process.exit(1);
  },
);
