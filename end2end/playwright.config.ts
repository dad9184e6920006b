import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests against the release build served by the reference server.
 * `cargo xtask test` starts a fresh server (demo data, no simulator) on a free port and
 * passes its address as SWITCHBOARD_URL; by hand, start one and run `npx playwright test`.
 */
const baseURL = process.env.SWITCHBOARD_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  testDir: './specs',
  // One worker: the machines have 2 cores and the specs share one server.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // `cargo xtask` reads the JSON report for its `e2e: N passed, N failed` line.
  reporter: [['list'], ['json', { outputFile: 'playwright-report/results.json' }]],
  outputDir: 'test-results',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    // Wide enough for all four zones side by side.
    viewport: { width: 1440, height: 900 },
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        // Debian's Chromium: Playwright never downloads a browser here.
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            // Voice messages: a fake microphone (a tone), allowed without a prompt.
            '--use-fake-ui-for-media-stream',
            '--use-fake-device-for-media-stream',
          ],
        },
      },
    },
  ],
});
