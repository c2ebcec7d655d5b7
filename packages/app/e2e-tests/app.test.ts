import { test, expect } from '@playwright/test';
// The shared browser-test helper lives outside any package; it is never shipped.
// eslint-disable-next-line @backstage/no-relative-monorepo-imports
import { signInAsGuest } from '../../../e2e/signIn';
// eslint-disable-next-line @backstage/no-relative-monorepo-imports
import { saveScreenshot } from '../../../e2e/screenshot';

test('a guest signs in, sees the demo catalog and opens a component', async ({
  page,
}, testInfo) => {
  await signInAsGuest(page);

  const nav = page.getByRole('navigation', { name: 'sidebar nav' });
  await expect(
    nav.getByRole('link', { name: 'Catalog', exact: true }),
  ).toBeVisible();

  // The demo organisation's components are listed (ingestion is asynchronous, so wait).
  await page.goto('/catalog?filters[kind]=component&filters[user]=all');
  const table = page.getByRole('table');
  for (const name of ['Payments Service', 'Ledger Service', 'Checkout Web']) {
    await expect(table.getByRole('link', { name, exact: true })).toBeVisible({
      timeout: 60_000,
    });
  }

  await table
    .getByRole('link', { name: 'Payments Service', exact: true })
    .click();
  await expect(page).toHaveURL(
    /\/catalog\/default\/component\/payments-service/,
  );
  await expect(
    page
      .getByRole('heading', { name: /payments-service|Payments Service/ })
      .first(),
  ).toBeVisible();
  // The About card names the owner and links to the owning group.
  await expect(
    page.getByRole('link', { name: 'Payments Team' }).first(),
  ).toBeVisible();
  // View Source never offers a git+ URL a browser cannot open: the demo
  // repository is on the portal's own Git server, so it opens the catalog
  // file on that server's page.
  await expect(page.locator('a[href^="git+"]')).toHaveCount(0);
  const viewSource = page.getByRole('link', { name: 'View Source' });
  await expect(viewSource).toHaveAttribute(
    'href',
    /\/git-server\/demo-catalog\?ref=main&path=.*payments-service.*catalog-info\.yaml$/,
  );

  await saveScreenshot(page, testInfo, 'component-page');

  await page.goto((await viewSource.getAttribute('href'))!);
  await expect(page.getByText('name: payments-service').first()).toBeVisible();
  await saveScreenshot(page, testInfo, 'view-source');
});

test('the home page offers the three jobs in the configured order and the team services', async ({
  page,
}, testInfo) => {
  await signInAsGuest(page);
  await page.goto('/');
  const jobs = page.getByTestId('portal-jobs');
  await expect(jobs.getByRole('heading', { level: 2 })).toHaveText([
    'Explore',
    'Manage',
    'Create',
  ]); // app-config.yaml: portal.adoption.strategy explore-first
  await expect(
    page.getByPlaceholder('Search in Northwind Developer Portal'),
  ).toBeVisible();
  // The guest is in payments-team, which owns these two; web-team's are not listed.
  await expect(
    page.getByRole('link', { name: 'Payments Service', exact: true }),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Ledger Service', exact: true }),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Checkout Web', exact: true }),
  ).toHaveCount(0);
  await saveScreenshot(page, testInfo, 'home-page');
  await jobs.getByRole('link', { name: "Open your team's services" }).click();
  await expect(page).toHaveURL(/\/manage$/);
});
