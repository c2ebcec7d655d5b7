/*
 * Size of the JavaScript the browser fetches on the first page load of a
 * running portal (the sign-in page at /), raw and gzip-compressed.
 * Usage: node --require ./node_modules/@backstage/cli-node/config/nodeTransform.cjs \
 *          bench/first-load-js.ts [http://localhost:7007]
 */
import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';

async function main() {
  const url = process.argv[2] ?? 'http://localhost:7007';
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const page = await browser.newPage();
  const scripts: { url: string; raw: number; gzip: number }[] = [];
  page.on('response', async response => {
    const type = response.headers()['content-type'] ?? '';
    if (!type.includes('javascript')) return;
    const body = await response.body().catch(() => undefined);
    if (!body) return;
    scripts.push({
      url: response.url(),
      raw: body.length,
      gzip: gzipSync(body, { level: 6 }).length,
    });
  });
  const started = Date.now();
  await page.goto(url, { waitUntil: 'networkidle' });
  const loadMs = Date.now() - started;
  await browser.close();

  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  const raw = scripts.reduce((s, x) => s + x.raw, 0);
  const gzip = scripts.reduce((s, x) => s + x.gzip, 0);
  for (const s of scripts.sort((a, b) => b.raw - a.raw).slice(0, 10)) {
    console.log(
      `${kib(s.raw).padStart(12)} ${kib(s.gzip).padStart(12)}  ${s.url}`,
    );
  }
  console.log(
    `first load of ${url}: ${scripts.length} JS files, ${kib(raw)} raw, ${kib(
      gzip,
    )} gzip, network idle after ${loadMs} ms`,
  );
}

main().catch(e => {
  console.error(e);
  process.exit(1);
});
