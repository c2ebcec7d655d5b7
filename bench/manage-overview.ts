/*
 * Latency of the Manage page's data: GET /api/manage/overview for the demo
 * organisation of a running portal (embedded default: guest sign-in, demo
 * doubles). The first request fans out to the ci-status and Kubernetes
 * backends; the ones after it within manage.cacheTtlSeconds come from cache.
 * Bounded: at most `iterations` requests and 60 s.
 * Usage: node --require ./node_modules/@backstage/cli-node/config/nodeTransform.cjs \
 *          bench/manage-overview.ts [http://localhost:7007] [iterations=20] [owner=group:default/engineering]
 */

async function guestToken(base: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/guest/refresh?env=development`, {
    headers: { 'x-requested-with': 'XMLHttpRequest' },
  });
  if (!res.ok) throw new Error(`guest sign-in failed: HTTP ${res.status}`);
  const body = await res.json();
  return body.backstageIdentity.token;
}

function percentile(sorted: number[], p: number): number {
  return sorted[
    Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))
  ];
}

async function main() {
  const base = process.argv[2] ?? 'http://localhost:7007';
  const iterations = Math.min(Number(process.argv[3] ?? 20), 500);
  const owner = process.argv[4] ?? 'group:default/engineering';
  const token = await guestToken(base);
  const url = `${base}/api/manage/overview?owner=${encodeURIComponent(owner)}`;

  const timings: number[] = [];
  let rows = 0;
  let errorCells = 0;
  const deadline = Date.now() + 60_000;
  for (let i = 0; i < iterations && Date.now() < deadline; i++) {
    const started = performance.now();
    const res = await fetch(url, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = await res.json();
    timings.push(performance.now() - started);
    if (!res.ok) throw new Error(`HTTP ${res.status}: ${JSON.stringify(body)}`);
    rows = body.rows.length;
    errorCells = body.rows.filter(
      (r: any) => r.ci.error || r.kubernetes.error,
    ).length;
  }

  const [first, ...rest] = timings;
  const sorted = [...rest].sort((a, b) => a - b);
  const ms = (n: number | undefined) =>
    n === undefined ? '-' : `${n.toFixed(1)} ms`;
  console.log(`${url}: ${rows} rows, ${errorCells} with an error cell`);
  console.log(
    `first request (cold unless cached by an earlier run): ${ms(first)}`,
  );
  if (sorted.length > 0) {
    console.log(
      `next ${sorted.length} (cached): p50 ${ms(
        percentile(sorted, 50),
      )}, p95 ${ms(percentile(sorted, 95))}, max ${ms(
        sorted[sorted.length - 1],
      )}`,
    );
  }
}

main().catch(e => {
  console.error(e);
  process.exit(1);
});
