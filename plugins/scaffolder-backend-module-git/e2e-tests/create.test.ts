import { expect, test } from '@playwright/test';
// The shared browser-test helper lives outside any package; it is never shipped.
// eslint-disable-next-line @backstage/no-relative-monorepo-imports
import { signInAsGuest } from '../../../e2e/signIn';

test('a guest creates a node-service and opens its entity page', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const name = `e2e-${Date.now().toString(36)}`;
  await signInAsGuest(page);

  // The templates are ingested from the demo catalog repository: wait for them.
  await page.goto('/create');
  const title = page.getByRole('heading', {
    name: 'Node.js service (TypeScript, Express)',
  });
  await expect(title).toBeVisible({ timeout: 60_000 });
  // The template's card: the nearest ancestor with a Choose button.
  const card = title.locator(
    'xpath=ancestor::*[.//button[normalize-space()="Choose"]][1]',
  );
  await card.getByRole('button', { name: 'Choose' }).click();

  // A name that breaks the rule is refused next to the field.
  const nameField = page.getByRole('textbox', { name: 'Name' });
  await nameField.fill('Bad_Name');
  await page.getByRole('textbox', { name: 'Description' }).fill('Made by e2e');
  const owner = page.getByRole('textbox', { name: 'Owner' });
  await owner.click();
  await owner.fill('payments');
  await page
    .getByRole('option', { name: /payments-team|Payments Team/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Review' }).click();
  await expect(page.getByText(/must match pattern/).first()).toBeVisible();

  await nameField.fill(name);
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Create' }).click();

  const open = page
    .getByRole('button', { name: 'Open in catalog' })
    .or(page.getByRole('link', { name: 'Open in catalog' }));
  await expect(open.first()).toBeVisible({ timeout: 120_000 });
  await page.screenshot({
    path: testInfo.outputPath('task.png'),
    fullPage: true,
  });
  await open.first().click();

  await expect(page).toHaveURL(
    new RegExp(`/catalog/default/component/${name}`),
  );
  await expect(
    page.getByRole('link', { name: /payments-team|Payments Team/ }).first(),
  ).toBeVisible();
  // The docs tab of the entity page (TechDocs builds dir:. from the new repository).
  const docs = page.getByRole('link', { name: 'TechDocs', exact: true });
  await expect(docs).toBeVisible();
  await docs.click();
  await expect(page).toHaveURL(new RegExp(`/component/${name}/docs`));
  await expect(
    page.getByText(/readiness and liveness probe/).first(),
  ).toBeVisible({
    timeout: 120_000,
  });
  await page.screenshot({
    path: testInfo.outputPath('entity.png'),
    fullPage: true,
  });
});
