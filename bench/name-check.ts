/*
 * Benchmark of the name check the ComponentNamePicker form field calls while
 * the user types (GET /api/scaffolder/portal/component-names/:name), against
 * a running portal (`make start`).
 *
 *   node --require ./node_modules/@backstage/cli-node/config/nodeTransform.cjs \
 *     bench/name-check.ts [requests=50] [baseUrl=http://localhost:7007]
 *
 * Signs in as the guest user and asks, one request after the other, about a
 * name the catalog has (payments-service) and about free names; prints the
 * median and the 95th percentile of each. Creates nothing.
 */

import { guestToken } from './lib/guestToken';

const requests = Number(process.argv[2] ?? 50);
const baseUrl = (process.argv[3] ?? 'http://localhost:7007').replace(/\/$/, '');

const signIn = () => guestToken(baseUrl);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
};

async function measure(token: string, names: (i: number) => string) {
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const started = performance.now();
    const res = await fetch(
      `${baseUrl}/api/scaffolder/portal/component-names/${names(i)}`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    if (!res.ok) {
      throw new Error(`${res.url}: ${res.status} ${await res.text()}`);
    }
    await res.json();
    times.push(performance.now() - started);
  }
  return times;
}

async function main() {
  const token = await signIn();
  const prefix = `free-${Date.now().toString(36)}`;
  for (const [what, names] of [
    ['taken name (payments-service)', () => 'payments-service'],
    ['free names', (i: number) => `${prefix}-${i}`],
  ] as const) {
    const times = await measure(token, names);
    console.log(
      `${what}: ${requests} requests, median ${percentile(times, 0.5).toFixed(
        1,
      )} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms`,
    );
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
