import { Page, TestInfo } from '@playwright/test';

/**
 * Saves a full-page screenshot under e2e-test-results/ and attaches it to the
 * HTML report, so a reviewer can see each page the test walked through.
 */
export async function saveScreenshot(
  page: Page,
  testInfo: TestInfo,
  name: string,
) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}
