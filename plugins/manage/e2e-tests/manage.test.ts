import { test, expect } from '@playwright/test';
// The shared browser-test helper lives outside any package; it is never shipped.
// eslint-disable-next-line @backstage/no-relative-monorepo-imports
import { signInAsGuest } from '../../../e2e/signIn';
// eslint-disable-next-line @backstage/no-relative-monorepo-imports
import { saveScreenshot } from '../../../e2e/screenshot';

test('the guest opens Manage and sees the CI and Kubernetes status of the payments team', async ({
  page,
}, testInfo) => {
  await signInAsGuest(page);

  const nav = page.getByRole('navigation', { name: 'sidebar nav' });
  await nav.getByRole('link', { name: 'Manage', exact: true }).click();
  await expect(page).toHaveURL(/\/manage$/);

  // The guest is in payments-team: its two services, with demo CI and cluster data.
  const table = page.getByRole('table');
  const ledger = table.getByRole('row').filter({ hasText: 'Ledger Service' });
  await expect(ledger).toBeVisible({ timeout: 60_000 });
  await expect(ledger.getByText('Failing')).toBeVisible();
  await expect(ledger.getByText('1/2 ready')).toBeVisible();
  await expect(ledger.getByText(/CrashLoopBackOff/)).toBeVisible();

  const payments = table
    .getByRole('row')
    .filter({ hasText: 'Payments Service' });
  await expect(payments.getByText('Passing')).toBeVisible();
  await expect(payments.getByText('3/3 ready')).toBeVisible();
  await expect(table.getByText('Checkout Web')).toHaveCount(0);

  await saveScreenshot(page, testInfo, 'manage-page');

  // The name links to the entity, whose CI tab lists the default branch's runs.
  await ledger.getByRole('link', { name: 'Ledger Service' }).click();
  await expect(page).toHaveURL(/\/catalog\/default\/component\/ledger-service/);
  await page.getByRole('link', { name: 'CI', exact: true }).click();
  await expect(page).toHaveURL(/\/ci$/);
  await expect(
    page.getByText('GitHub Actions: northwind/ledger-service (main)'),
  ).toBeVisible();
  await expect(page.getByText('Failed').first()).toBeVisible();

  await saveScreenshot(page, testInfo, 'ci-tab');

  // The upstream Kubernetes tab reads the same demo cluster.
  await page.getByRole('link', { name: 'Kubernetes', exact: true }).click();
  await expect(
    page.getByText('demo-cluster (demo data)').first(),
  ).toBeVisible();
  await saveScreenshot(page, testInfo, 'kubernetes-tab');
});
