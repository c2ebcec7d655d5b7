import { test, expect } from '@playwright/test';
// The shared browser-test helper lives outside any package; it is never shipped.
// eslint-disable-next-line @backstage/no-relative-monorepo-imports
import { signInAsGuest } from '../../../e2e/signIn';
// eslint-disable-next-line @backstage/no-relative-monorepo-imports
import { saveScreenshot } from '../../../e2e/screenshot';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The short commit of the demo catalog repository the portal under test
 * reads (playwright.config.ts starts it on .data/e2e); any short sha when
 * the tests run against a portal elsewhere (PLAYWRIGHT_URL).
 */
function demoCommit(): RegExp | string {
  const dataDir =
    process.env.E2E_PORTAL_DATA_DIR ??
    path.resolve(__dirname, '../../../.data/e2e');
  const bare = path.join(dataDir, 'git', 'demo-catalog.git');
  if (process.env.PLAYWRIGHT_URL || !fs.existsSync(bare)) {
    return /^[0-9a-f]{7}$/;
  }
  return execFileSync('git', ['-C', bare, 'rev-parse', '--short=7', 'main'], {
    encoding: 'utf8',
  }).trim();
}

test('an operator opens Catalog sources and sees the demo source with its commit and file', async ({
  page,
}, testInfo) => {
  await signInAsGuest(page);

  const nav = page.getByRole('navigation', { name: 'sidebar nav' });
  await nav.getByRole('link', { name: 'Catalog sources', exact: true }).click();
  await expect(page).toHaveURL(/\/catalog-sources$/);
  await expect(page.getByText('Git sources', { exact: true })).toBeVisible();

  // The provider's first run may still be under way: refresh until the
  // source shows the commit it applied and its catalog file.
  const commit = demoCommit();
  const files = page
    .getByRole('table')
    .filter({ has: page.getByRole('columnheader', { name: 'File' }) });
  await expect(async () => {
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect(page.getByText('demo', { exact: true })).toBeVisible({
      timeout: 2_000,
    });
    await expect(page.getByText(commit)).toBeVisible({ timeout: 2_000 });
    await expect(
      files.getByRole('cell', { name: 'all.yaml', exact: true }),
    ).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 90_000, intervals: [1_000, 2_000, 5_000] });

  await expect(page.getByText(/file:\/\/.*demo-catalog\.git/)).toBeVisible();
  await expect(page.getByText('Last fetch failed')).toHaveCount(0);

  await saveScreenshot(page, testInfo, 'catalog-sources-page');
});
