import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * Browser measurements (not tests): `cargo xtask bench` starts a server with 10,000 bulk
 * demo conversations and runs `bench/*.bench.ts` with this config. Same browser, launch
 * options and viewport as the end-to-end suite (taken from its config), its own folder,
 * so `playwright test` with the default config never runs a benchmark.
 */
export default defineConfig({
  ...base,
  testDir: './bench',
  testMatch: '**/*.bench.ts',
  retries: 0,
  // A measurement of a slow list may itself be slow; it never fails on time.
  timeout: 180_000,
  reporter: [['list'], ['json', { outputFile: 'playwright-report/bench-results.json' }]],
  outputDir: 'test-results/bench',
  // No trace: its DOM snapshots run in the page and would be measured with the app.
  use: { ...base.use, trace: 'off', screenshot: 'off' },
});
