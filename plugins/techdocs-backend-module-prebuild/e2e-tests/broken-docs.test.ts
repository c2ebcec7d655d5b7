import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// The shared browser-test helper lives outside any package; it is never shipped.
// eslint-disable-next-line @backstage/no-relative-monorepo-imports
import { guestToken, signInAsGuest } from '../../../e2e/signIn';
// eslint-disable-next-line @backstage/no-relative-monorepo-imports
import { saveScreenshot } from '../../../e2e/screenshot';

/** Commits the files into a fresh repository and pushes it to `remote`. */
function pushRepository(remote: string, files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'broken-docs-'));
  try {
    for (const [file, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), content);
    }
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git(
      '-c',
      'user.name=E2E',
      '-c',
      'user.email=e2e@example.com',
      'commit',
      '-q',
      '-m',
      'Broken docs',
    );
    git('push', '-q', remote, 'main');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('a component with a broken mkdocs.yml shows the build failure and its reason on the Docs tab; the rest of its page works', async ({
  page,
  request,
  baseURL,
}, testInfo) => {
  test.setTimeout(180_000);
  const name = `broken-docs-${Date.now().toString(36)}`;
  const token = await guestToken(request);
  const auth = { authorization: `Bearer ${token}` };

  // A repository on the portal's built-in Git server, pushed over HTTP.
  const created = await request.post('/api/git-server/repositories', {
    headers: auth,
    data: { name, defaultBranch: 'main' },
  });
  expect(created.status()).toBe(201);
  const remote = `${baseURL}/api/git-server/repos/${name}.git`;
  pushRepository(remote, {
    'catalog-info.yaml': [
      'apiVersion: backstage.io/v1alpha1',
      'kind: Component',
      'metadata:',
      `  name: ${name}`,
      '  annotations:',
      '    backstage.io/techdocs-ref: dir:.',
      'spec:',
      '  type: service',
      '  lifecycle: experimental',
      '  owner: payments-team',
      '',
    ].join('\n'),
    // The last nav item is indented one space too far: a YAML syntax error.
    'mkdocs.yml':
      'site_name: Broken\nnav:\n  - Home: index.md\n   - bad indent\n',
    'docs/index.md': '# Broken docs\n',
  });

  const registered = await request.post('/api/catalog/locations', {
    headers: auth,
    data: {
      type: 'url',
      target: `git+${remote}/-/blob/main/catalog-info.yaml`,
    },
  });
  expect(registered.status()).toBe(201);
  await expect(async () => {
    const res = await request.get(
      `/api/catalog/entities/by-name/component/default/${name}`,
      { headers: auth },
    );
    expect(res.status()).toBe(200);
  }).toPass({ timeout: 60_000, intervals: [1_000, 2_000] });

  await signInAsGuest(page);
  await page.goto(`/catalog/default/component/${name}`);
  await expect(page.getByRole('heading', { name }).first()).toBeVisible();
  // The About card names the owner and links to the owning group.
  const owner = page.getByRole('link', { name: 'Payments Team' }).first();
  await expect(owner).toBeVisible();
  await expect(owner).toHaveAttribute(
    'href',
    /\/catalog\/default\/group\/payments-team$/,
  );
  await saveScreenshot(page, testInfo, 'broken-docs-overview');

  // The entity page's tabs are links; this one is labelled "TechDocs".
  await page.getByRole('link', { name: 'TechDocs', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/component/${name}/docs`));
  // Upstream's reader: an alert with the build's error, and the build log.
  const failure = page.getByRole('alert').filter({
    hasText: 'Building a newer version of this documentation failed.',
  });
  await expect(failure).toBeVisible({ timeout: 90_000 });
  // The error names mkdocs' YAML problem.
  await expect(failure).toContainText('bad indentation of a sequence entry');
  await saveScreenshot(page, testInfo, 'broken-docs-tab');

  await failure.getByRole('button', { name: /show build logs/i }).click();
  await expect(
    page.getByRole('heading', { name: 'Build Details' }),
  ).toBeVisible();
  await expect(
    page.getByText(/Failed to build the docs page for entity/),
  ).toBeVisible();
  await saveScreenshot(page, testInfo, 'broken-docs-build-log');
});
