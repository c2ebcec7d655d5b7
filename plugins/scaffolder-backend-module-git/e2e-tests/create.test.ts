import { expect, test } from '@playwright/test';
// The shared browser-test helper lives outside any package; it is never shipped.
// eslint-disable-next-line @backstage/no-relative-monorepo-imports
import { signInAsGuest } from '../../../e2e/signIn';
// eslint-disable-next-line @backstage/no-relative-monorepo-imports
import { saveScreenshot } from '../../../e2e/screenshot';

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

  // A name the catalog already has is refused next to the field as it is
  // typed, saying who owns it (ComponentNamePicker).
  const nameField = page.getByRole('textbox', { name: 'Name' });
  await nameField.pressSequentially('payments-service');
  const taken = page.getByText(
    "A component named 'payments-service' already exists in the catalog (owned by payments-team): choose another name",
  );
  await expect(taken.first()).toBeVisible();
  await expect(nameField).toHaveAttribute('aria-invalid', 'true');
  await saveScreenshot(page, testInfo, 'name-taken');

  // A name that breaks the rule is refused next to the field.
  await nameField.fill('Bad_Name');
  await expect(
    page.getByText(/^Name 'Bad_Name' is not allowed: use 3 to 63 characters/),
  ).toBeVisible();
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

  // The step cannot be left with a taken name either.
  await nameField.fill('payments-service');
  await expect(taken.first()).toBeVisible();
  await page.getByRole('button', { name: 'Review' }).click();
  await expect(taken.first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create' })).toHaveCount(0);

  await nameField.fill(name);
  await expect(
    page.getByText(`'${name}' is free in the catalog and on the Git server`),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Create' }).click();

  const open = page
    .getByRole('button', { name: 'Open in catalog' })
    .or(page.getByRole('link', { name: 'Open in catalog' }));
  await expect(open.first()).toBeVisible({ timeout: 120_000 });
  await saveScreenshot(page, testInfo, 'task');
  // The Repository link leads to the new repository's page in the portal.
  const repository = page.getByRole('link', { name: 'Repository' });
  await expect(repository).toHaveAttribute(
    'href',
    new RegExp(`/git-server/${name}$`),
  );
  const repositoryPage = (await repository.getAttribute('href'))!;
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
  await saveScreenshot(page, testInfo, 'entity');

  // View Source opens the catalog file on that page.
  await page.goto(`/catalog/default/component/${name}`);
  await expect(page.getByRole('link', { name: 'View Source' })).toHaveAttribute(
    'href',
    new RegExp(`/git-server/${name}\\?ref=main&path=catalog-info\\.yaml$`),
  );

  // The repository page lists what the template pushed and opens a file.
  await page.goto(repositoryPage);
  await expect(page.getByText(`git clone`).first()).toBeVisible();
  await page.getByRole('link', { name: 'catalog-info.yaml' }).click();
  await expect(page.getByText(`name: ${name}`).first()).toBeVisible();
  await saveScreenshot(page, testInfo, 'repository');

  // The server's index lists it beside the demo catalog.
  await page.goto('/git-server');
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'demo-catalog', exact: true }),
  ).toBeVisible();
});
