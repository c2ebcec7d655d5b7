import { test, expect, Page } from '@playwright/test';
// The shared browser-test helpers live outside any package; they are never shipped.
// eslint-disable-next-line @backstage/no-relative-monorepo-imports
import { signInAsGuest } from '../../../e2e/signIn';
// eslint-disable-next-line @backstage/no-relative-monorepo-imports
import { saveScreenshot } from '../../../e2e/screenshot';

/**
 * Opens a search and waits until it has results: the demo's catalog collator
 * first runs 10 s after start and then every 30 s, so a fresh portal needs a
 * few reloads.
 */
async function searchUntilFound(page: Page, query: string, title: string) {
  await expect(async () => {
    await page.goto(`/search?query=${encodeURIComponent(query)}`);
    await expect(result(page, title)).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 150_000, intervals: [3_000, 5_000, 10_000] });
}

/**
 * The catalog result whose title (a heading; owner links are not) is `title`.
 * Docs are indexed too, and a component's docs home page has the component's
 * title, so the heading's link must lead into the catalog.
 */
function result(page: Page, title: string) {
  return page.getByTestId('portal-search-result').filter({
    has: page
      .getByRole('heading', { name: title, exact: true })
      .filter({ has: page.locator('a[href^="/catalog/"]') }),
  });
}

test("searching a team's name finds the team, its kind, its page and what it owns", async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  await signInAsGuest(page);

  await searchUntilFound(page, 'Payments Team', 'payments-team');
  const team = result(page, 'payments-team');
  await expect(team).toContainText('Kind: Group');
  await expect(team).toContainText('Type: team');
  // What the team owns is found too, each naming the team as owner.
  const service = result(page, 'Payments Service');
  await expect(service).toContainText('Kind: Component');
  await expect(
    service.getByRole('link', { name: 'Payments Team' }),
  ).toHaveAttribute('href', '/catalog/default/group/payments-team');
  await saveScreenshot(page, testInfo, 'search-team');

  await team.getByRole('link', { name: 'payments-team', exact: true }).click();
  await expect(page).toHaveURL(/\/catalog\/default\/group\/payments-team$/);
  await expect(
    page.getByRole('heading', { name: 'Payments Team' }).first(),
  ).toBeVisible();
  // The group page's relations show what it owns.
  await expect(page.getByText('Payments Service').first()).toBeVisible();
  await saveScreenshot(page, testInfo, 'group-page');
});

test('the Kind filter leaves only components, each with its owner', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  await signInAsGuest(page);
  await searchUntilFound(page, 'payments', 'Payments Service');
  // Before filtering, other kinds are there too.
  await expect(result(page, 'payments-team')).toContainText('Kind: Group');

  await page
    .getByTestId('search-selectfilter-next')
    .filter({ hasText: 'Kind' })
    .getByRole('button')
    .click();
  await page.getByRole('option', { name: 'Component', exact: true }).click();
  await expect(page).toHaveURL(/filters%5Bkind%5D=Component/);

  const facts = page.getByTestId('search-result-facts');
  await expect(result(page, 'payments-team')).toHaveCount(0);
  await expect(async () => {
    const texts = await facts.allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      expect(text).toContain('Kind: Component');
      expect(text).toMatch(/Owner: \S/);
    }
  }).toPass({ timeout: 30_000 });
  await expect(
    result(page, 'Payments Service').getByRole('link', {
      name: 'Payments Team',
    }),
  ).toBeVisible();
  await saveScreenshot(page, testInfo, 'search-kind-component');
});

test('odd queries get an explanation, never an error', async ({ page }) => {
  test.setTimeout(240_000);
  await signInAsGuest(page);
  await searchUntilFound(page, 'payments', 'Payments Service');

  await page.goto('/search');
  await expect(
    page.getByText('Search the catalog and the documentation'),
  ).toBeVisible();

  for (const query of ['the and of', '*:~^"[', 'a'.repeat(2000)]) {
    await page.goto(`/search?query=${encodeURIComponent(query)}`);
    // Results, "No results" with tips, or why the query was refused.
    await expect(
      page
        .getByText(/^(No results|This search could not run)$/)
        .or(page.getByTestId('search-result-facts').first()),
    ).toBeVisible();
    await expect(page.getByText(/not available right now/)).toHaveCount(0);
    await expect(page.getByText(/Error encountered/)).toHaveCount(0);
  }
});

test('an entity page names its owner with contact and members', async ({
  page,
}, testInfo) => {
  await signInAsGuest(page);
  await page.goto('/catalog/default/component/payments-service');
  const card = page
    .locator('.MuiCard-root')
    .filter({ hasText: 'Owning group' });
  await expect(card).toBeVisible();
  await expect(
    card.getByRole('link', { name: 'Payments Team' }),
  ).toHaveAttribute('href', '/catalog/default/group/payments-team');
  await expect(
    card.getByRole('link', { name: 'payments@northwind.example' }),
  ).toHaveAttribute('href', 'mailto:payments@northwind.example');
  await expect(card.getByRole('link', { name: '#payments' })).toBeVisible();
  await expect(card.getByRole('link', { name: 'Engineering' })).toBeVisible();
  await expect(card.getByRole('link', { name: 'Amara Okafor' })).toBeVisible();
  await saveScreenshot(page, testInfo, 'owner-card');
});
