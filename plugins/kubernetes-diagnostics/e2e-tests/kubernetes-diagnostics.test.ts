import { test, expect } from '@playwright/test';
// The shared browser-test helper lives outside any package; it is never shipped.
// eslint-disable-next-line @backstage/no-relative-monorepo-imports
import { signInAsGuest } from '../../../e2e/signIn';
// eslint-disable-next-line @backstage/no-relative-monorepo-imports
import { saveScreenshot } from '../../../e2e/screenshot';

test('the Kubernetes tab says which cluster was asked, with which selector, and that nothing matched', async ({
  page,
}, testInfo) => {
  await signInAsGuest(page);

  // design-system is annotated but has no workloads in the demo cluster.
  await page.goto('/catalog/default/component/design-system/kubernetes');
  await expect(
    page.getByText('No Kubernetes objects found for design-system'),
  ).toBeVisible({ timeout: 60_000 });
  await expect(
    page.getByText(
      'The portal asked 1 cluster for objects with labels backstage.io/kubernetes-id=design-system in any namespace. Each answer is below.',
    ),
  ).toBeVisible();
  const cluster = page
    .getByRole('row')
    .filter({ hasText: 'demo-cluster (demo data)' });
  await expect(cluster.getByText('Nothing matched')).toBeVisible();
  // Ours replaces the upstream tab: one Kubernetes tab.
  await expect(
    page.getByRole('link', { name: 'Kubernetes', exact: true }),
  ).toHaveCount(1);
  await saveScreenshot(page, testInfo, 'nothing-matched');

  // ledger-service has workloads: the upstream objects view, nothing to explain.
  await page.goto('/catalog/default/component/ledger-service/kubernetes');
  await expect(page.getByText('demo-cluster (demo data)').first()).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByText('1 pod with errors')).toBeVisible();
  await expect(page.getByText('Clusters asked')).toHaveCount(0);
});
