import { test, expect } from '@playwright/test';
// The shared browser-test helper lives outside any package; it is never shipped.
// eslint-disable-next-line @backstage/no-relative-monorepo-imports
import { signInAsGuest } from '../../../e2e/signIn';

/*
 * "quokkaflux" appears only in
 * demo/catalog/components/payments-service/docs/runbook.md. Nobody opens any
 * docs before searching: the portal must have built and indexed them by
 * itself (techdocs-backend-module-prebuild, then the TechDocs reindex).
 */
test('a word that appears only inside one doc page is found, and the result opens that page', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signInAsGuest(page);

  const result = page
    .locator('a[href*="/docs/default/component/payments-service/runbook"]')
    .first();
  // Docs are built and indexed in the background after start-up: search
  // again until the result is there.
  await expect(async () => {
    await page.goto('/search?query=quokkaflux');
    await expect(result).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 150_000, intervals: [2_000, 5_000] });

  await result.click();
  await expect(page).toHaveURL(
    /\/docs\/default\/component\/payments-service\/runbook/,
  );
  await expect(
    page.getByRole('heading', {
      name: /Nightly reconciliation \(quokkaflux\)/,
    }),
  ).toBeVisible();
});
