/*
 * Browser tests in real Chromium (Debian's /usr/bin/chromium; Playwright's own
 * browser download cannot run here). The portal is started exactly as
 * `make start` does, on a fresh data directory so runs do not depend on what
 * someone created locally.
 */
import { defineConfig } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';

const port = Number(process.env.PORTAL_PORT ?? 7007);
const baseURL = process.env.PLAYWRIGHT_URL ?? `http://localhost:${port}`;
const dataDir =
  process.env.E2E_PORTAL_DATA_DIR ?? path.resolve(__dirname, '.data/e2e');

// Every package with an e2e-tests folder is a project.
const e2eDirs = ['packages', 'plugins'].flatMap(group =>
  fs
    .readdirSync(path.resolve(__dirname, group))
    .map(name => path.resolve(__dirname, group, name, 'e2e-tests'))
    .filter(dir => fs.existsSync(dir)),
);

export default defineConfig({
  timeout: 90_000,
  expect: { timeout: 30_000 },
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'e2e-test-report' }],
  ],
  outputDir: 'e2e-test-results',
  webServer: process.env.PLAYWRIGHT_URL
    ? []
    : [
        {
          command: `rm -rf "${dataDir}" && bash scripts/start.sh`,
          env: { PORTAL_DATA_DIR: dataDir, PORTAL_PORT: String(port) },
          url: `${baseURL}/.backstage/health/v1/readiness`,
          reuseExistingServer: false,
          timeout: 600_000,
          stdout: 'ignore',
          stderr: 'pipe',
        },
      ],
  use: {
    baseURL,
    actionTimeout: 30_000,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: e2eDirs.map(testDir => ({
    name: path.basename(path.dirname(testDir)),
    testDir,
  })),
});
