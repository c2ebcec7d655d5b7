/*
 * Shared by every browser test (packages/*\/e2e-tests, plugins/*\/e2e-tests).
 */
import { APIRequestContext, expect, Page } from '@playwright/test';

/** Signs in with the embedded default's guest provider and waits for the app shell. */
export async function signInAsGuest(page: Page) {
  await page.goto('/');
  const enter = page.getByRole('button', { name: 'Enter' });
  await expect(enter).toBeVisible();
  await enter.click();
  // Signed in once the app shell shows; navigating earlier would abort sign-in.
  // (The nav element itself has no box of its own; its links do.)
  await expect(
    page
      .getByRole('navigation', { name: 'sidebar nav' })
      .getByRole('link', { name: 'Catalog', exact: true }),
  ).toBeVisible();
}

/** A guest's Backstage token, as the app gets it when signing in (for API calls). */
export async function guestToken(request: APIRequestContext) {
  const res = await request.get('/api/auth/guest/refresh', {
    headers: { 'x-requested-with': 'XMLHttpRequest' },
  });
  expect(res.ok()).toBe(true);
  const body = await res.json();
  return body.backstageIdentity.token as string;
}
