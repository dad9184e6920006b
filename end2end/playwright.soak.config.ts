import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * The soak (issue 18; not a test of the suite): `cargo xtask soak --minutes N` starts a
 * demo server with the fault admin on and runs `soak/*.soak.ts` with this config. Same
 * browser, launch options and viewport as the end-to-end suite, its own folder, so
 * `playwright test` with the default config never runs it.
 */
const minutes = Number(process.env.SWITCHBOARD_SOAK_MINUTES ?? '3');

export default defineConfig({
  ...base,
  testDir: './soak',
  testMatch: '**/*.soak.ts',
  retries: 0,
  // The working phase, then settling and the checks (up to 10 more minutes).
  timeout: (minutes * 60 + 600) * 1000,
  reporter: [['list'], ['json', { outputFile: 'playwright-report/soak-results.json' }]],
  outputDir: 'test-results/soak',
  use: { ...base.use, trace: 'off', screenshot: 'only-on-failure' },
});
