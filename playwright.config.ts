import { defineConfig } from '@playwright/test'

/**
 * End-to-end tests drive the real renderer in Debian's Chromium against browser mode: each test
 * starts `po-studio serve` on its own temporary data folder (see tests/e2e/fixtures.ts).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // Rebuilds out/ when src/ is newer, then builds the 10,000-item product that the tests at scale serve copies of.
  globalSetup: './tests/e2e/large-product/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    // Dates and numbers follow the locale (Product settings › Dates and numbers); tests read en-GB.
    locale: 'en-GB',
    launchOptions: {
      executablePath: process.env.PO_STUDIO_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run'
      ]
    },
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure'
  }
})
