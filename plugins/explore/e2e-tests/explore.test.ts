import { test, expect } from '@playwright/test';
// The shared browser-test helper lives outside any package; it is never shipped.
// eslint-disable-next-line @backstage/no-relative-monorepo-imports
import { signInAsGuest } from '../../../e2e/signIn';

// A 1280×720 laptop screen.
test.use({ viewport: { width: 1280, height: 720 } });

test('the guest walks Explore from the commerce domain to the payments-service docs', async ({
  page,
}, testInfo) => {
  // The payments-service docs are built on first view (~30 s).
  test.setTimeout(180_000);
  await signInAsGuest(page);

  const nav = page.getByRole('navigation', { name: 'sidebar nav' });
  await nav.getByRole('link', { name: 'Explore', exact: true }).click();
  await expect(page).toHaveURL(/\/explore\/domains$/);

  const commerce = page.getByRole('article', { name: 'commerce' });
  await expect(commerce).toBeVisible({ timeout: 60_000 });
  await expect(commerce.getByText(/payments, storefront/)).toBeVisible();
  await expect(
    commerce.getByRole('link', { name: /Payments Team/ }),
  ).toHaveAttribute('href', /\/catalog\/default\/group\/payments-team$/);
  await page.screenshot({
    path: testInfo.outputPath('explore-domains.png'),
    fullPage: true,
  });
  await testInfo.attach('explore-domains', {
    path: testInfo.outputPath('explore-domains.png'),
    contentType: 'image/png',
  });

  await commerce.getByRole('link', { name: 'commerce', exact: true }).click();
  await expect(page).toHaveURL(/\/explore\/domains\/commerce$/);
  const payments = page.getByRole('article', { name: 'payments' });
  await payments.getByRole('link', { name: 'payments', exact: true }).click();
  await expect(page).toHaveURL(/\/explore\/systems\/payments$/);

  const service = page.getByRole('article', { name: 'Payments Service' });
  await expect(service).toBeVisible();
  await expect(
    service.getByRole('link', { name: /Payments Team/ }),
  ).toBeVisible();
  await expect(
    page
      .getByRole('article', { name: 'Payments API' })
      .or(page.getByRole('article', { name: 'payments-api' })),
  ).toBeVisible();
  await page.screenshot({
    path: testInfo.outputPath('explore-system.png'),
    fullPage: true,
  });
  await testInfo.attach('explore-system', {
    path: testInfo.outputPath('explore-system.png'),
    contentType: 'image/png',
  });

  // Browser Back returns to the domain.
  await page.goBack();
  await expect(page).toHaveURL(/\/explore\/domains\/commerce$/);
  await expect(payments).toBeVisible();
  await page.goForward();

  await service.getByRole('link', { name: 'Docs', exact: true }).click();
  await expect(page).toHaveURL(/\/docs\/default\/component\/payments-service/);
  await expect(
    page
      .getByRole('heading', { name: 'Payments Service', exact: true })
      .first(),
  ).toBeVisible({ timeout: 120_000 });
  await expect(
    page.getByText(/only Northwind system that talks to our card/),
  ).toBeVisible();
  // TechDocs keeps the page transparent until every stylesheet of the site
  // has loaded (a Google Fonts link never does without internet): the text is
  // in the DOM either way, so check that a person can actually see it.
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const host = document.querySelector(
            '[data-testid="techdocs-native-shadowroot"]',
          );
          const root = host?.shadowRoot?.firstElementChild;
          return root ? getComputedStyle(root).opacity : 'no docs';
        }),
      { timeout: 60_000 },
    )
    .toBe('1');
  await page.screenshot({
    path: testInfo.outputPath('explore-docs.png'),
    fullPage: true,
  });
  await testInfo.attach('explore-docs', {
    path: testInfo.outputPath('explore-docs.png'),
    contentType: 'image/png',
  });
});

test('the groups directory shows payments-team with its members and email', async ({
  page,
}, testInfo) => {
  await signInAsGuest(page);
  await page.goto('/explore/groups');

  const team = page.getByRole('article', { name: 'Payments Team' });
  await expect(team).toBeVisible({ timeout: 60_000 });
  await expect(
    team.getByRole('link', { name: /^payments@northwind\.example/ }),
  ).toHaveAttribute('href', 'mailto:payments@northwind.example');
  const members = team.getByRole('list', { name: 'Members of Payments Team' });
  await expect(
    members.getByRole('link', { name: 'Amara Okafor', exact: true }),
  ).toBeVisible();
  await expect(
    members.getByRole('link', { name: 'Demo Guest', exact: true }),
  ).toBeVisible();
  await expect(team.getByText(/Owns \([1-9]\d*\)/)).toBeVisible();

  await page.screenshot({
    path: testInfo.outputPath('explore-groups.png'),
    fullPage: true,
  });
  await testInfo.attach('explore-groups', {
    path: testInfo.outputPath('explore-groups.png'),
    contentType: 'image/png',
  });

  // The tools directory: configured links and the catalog's tool entity.
  await page.goto('/explore/tools');
  await expect(page.getByRole('article', { name: 'Grafana' })).toBeVisible({
    timeout: 60_000,
  });
  const cli = page.getByRole('article', { name: 'Northwind CLI' });
  await expect(
    cli.getByRole('link', { name: 'Docs', exact: true }),
  ).toHaveAttribute('href', '/docs/default/component/northwind-cli');
  await page.screenshot({
    path: testInfo.outputPath('explore-tools.png'),
    fullPage: true,
  });
  await testInfo.attach('explore-tools', {
    path: testInfo.outputPath('explore-tools.png'),
    contentType: 'image/png',
  });
});
