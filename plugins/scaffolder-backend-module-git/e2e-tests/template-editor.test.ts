import { expect, Page, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
// The shared browser-test helper lives outside any package; it is never shipped.
// eslint-disable-next-line @backstage/no-relative-monorepo-imports
import { guestToken, signInAsGuest } from '../../../e2e/signIn';
// eslint-disable-next-line @backstage/no-relative-monorepo-imports
import { saveScreenshot } from '../../../e2e/screenshot';

const templateDir = path.resolve(__dirname, '../../../templates/node-service');

/** Every file of the template directory, with its path relative to it. */
function readTemplateFiles(dir: string, base = ''): TemplateFile[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const relative = base ? `${base}/${entry.name}` : entry.name;
    const full = path.join(dir, entry.name);
    return entry.isDirectory()
      ? readTemplateFiles(full, relative)
      : [{ path: relative, content: fs.readFileSync(full, 'utf8') }];
  });
}

type TemplateFile = { path: string; content: string };

/**
 * Stands in for the operating system's directory dialog, and only for that:
 * `window.showDirectoryPicker()` resolves to a real FileSystemDirectoryHandle
 * holding a copy of the given files. The handle is the browser's own (in the
 * origin private file system), because the editor stores the handle it gets
 * in IndexedDB and reads it back: an object made up in JavaScript does not
 * survive that structured clone.
 */
async function standInForDirectoryPicker(page: Page, files: TemplateFile[]) {
  await page.addInitScript(
    ({ name, files: contents }) => {
      async function showDirectoryPicker() {
        const root = await navigator.storage.getDirectory();
        await root.removeEntry(name, { recursive: true }).catch(() => {});
        const dir = await root.getDirectoryHandle(name, { create: true });
        for (const file of contents) {
          const parts = file.path.split('/');
          let parent = dir;
          for (const part of parts.slice(0, -1)) {
            parent = await parent.getDirectoryHandle(part, { create: true });
          }
          const handle = await parent.getFileHandle(parts[parts.length - 1], {
            create: true,
          });
          const writable = await handle.createWritable();
          await writable.write(file.content);
          await writable.close();
        }
        return dir;
      }
      Object.defineProperty(window, 'showDirectoryPicker', {
        value: showDirectoryPicker,
        configurable: true,
      });
    },
    { name: path.basename(templateDir), files },
  );
}

test('a guest dry-runs the node-service template in the template editor; nothing is created', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(180_000);
  const name = `dryrun-${Date.now().toString(36)}`;
  const files = readTemplateFiles(templateDir);
  expect(files.map(f => f.path)).toContain('skeleton/catalog-info.yaml');
  await standInForDirectoryPicker(page, files);
  await signInAsGuest(page);

  await page.goto('/create/edit');
  await page.getByRole('button', { name: /Load Template Directory/ }).click();
  await expect(page).toHaveURL(/\/create\/edit\/template$/);

  // The loaded directory's files, the template among them.
  const browser = page.getByRole('tree').first();
  await expect(
    browser.getByRole('treeitem', { name: 'template.yaml', exact: true }),
  ).toBeVisible();
  await expect(
    browser.getByRole('treeitem', { name: 'skeleton', exact: true }),
  ).toBeVisible();
  await browser
    .getByRole('treeitem', { name: 'template.yaml', exact: true })
    .click();
  // The editor shows the file and the form built from its parameters.
  await expect(
    page.getByText('title: Node.js service (TypeScript, Express)'),
  ).toBeVisible();

  const nameField = page.getByRole('textbox', { name: 'Name' });
  await nameField.fill(name);
  await expect(
    page.getByText(`'${name}' is free in the catalog and on the Git server`),
  ).toBeVisible();
  await page
    .getByRole('textbox', { name: 'Description' })
    .fill('Only a dry run');
  const owner = page.getByRole('textbox', { name: 'Owner' });
  await owner.click();
  await owner.fill('payments');
  await page
    .getByRole('option', { name: /payments-team|Payments Team/ })
    .first()
    .click();
  await saveScreenshot(page, testInfo, 'editor-form');
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Create' }).click();

  // The dry-run result: the rendered files...
  await expect(page.getByText('Dry-run results')).toBeVisible();
  await expect(page.getByText('Result 1')).toBeVisible({ timeout: 60_000 });
  const results = page.locator(
    'xpath=//*[.="Dry-run results"]/ancestor::*[.//*[@role="tab"]][1]',
  );
  const renderedFiles = results.getByRole('tree');
  await expect(
    renderedFiles.getByRole('treeitem', { name: 'Dockerfile', exact: true }),
  ).toBeVisible();
  await renderedFiles
    .getByRole('treeitem', { name: 'catalog-info.yaml', exact: true })
    .click();
  const rendered = results.locator('.cm-content');
  await expect(rendered).toContainText(`name: ${name}`);
  await expect(rendered).toContainText('owner: group:default/payments-team');
  await expect(rendered).not.toContainText('${{');
  await saveScreenshot(page, testInfo, 'dry-run-files');

  // ...and the log of each step.
  await results.getByRole('tab', { name: 'Log' }).click();
  await expect(
    results.getByText(
      `'${name}' is free in the catalog and on the Git server, owner group:default/payments-team is a Group`,
    ),
  ).toBeVisible();
  // catalog:register cannot dry-run, so the scaffolder skips it.
  await expect(
    results.locator(
      'xpath=//*[normalize-space()="Register in the catalog"]/following::*[normalize-space()="Skipped"][1]',
    ),
  ).toBeVisible();
  await results.getByText('Create the repository').click();
  await expect(
    results.getByText(`Dry run: would create repository '${name}'`),
  ).toBeVisible();
  await saveScreenshot(page, testInfo, 'dry-run-log');

  // Nothing was created: no repository on the Git server, no catalog entity.
  const token = await guestToken(request);
  const headers = { authorization: `Bearer ${token}` };
  const entity = await request.get(
    `/api/catalog/entities/by-name/component/default/${name}`,
    { headers },
  );
  expect(entity.status()).toBe(404);
  const repo = await request.get(`/api/git-server/repositories/${name}`, {
    headers,
  });
  expect(repo.status()).toBe(404);
  // The same requests do find what exists.
  const existingEntity = await request.get(
    '/api/catalog/entities/by-name/component/default/payments-service',
    { headers },
  );
  expect(existingEntity.status()).toBe(200);
  const existingRepo = await request.get(
    '/api/git-server/repositories/demo-catalog',
    { headers },
  );
  expect(existingRepo.status()).toBe(200);
});
