import { test as base, expect, type BrowserContext } from '@playwright/test';
import { Api } from './api';
import { InboxPage } from '../pages/inbox';

/** A Content-Security-Policy violation, as the page that had it reported it. */
export interface CspViolation {
  /** What was blocked: a URL, `inline`, `eval`, `wasm-eval`… */
  blockedURI: string;
  /** The directive that refused it (`script-src-elem`, `style-src-attr`…). */
  violatedDirective: string;
  /** The script or document it came from, and where in it. */
  sourceFile: string;
  line: number;
  /** The start of the refused inline code, when the policy asks for it. */
  sample: string;
  /** The URL of the frame it happened in. */
  frame: string;
}

/** The violations of the running test (every watched context of it reports here). */
const violations: CspViolation[] = [];

/**
 * Records every `securitypolicyviolation` in the pages of `context` (every frame, from
 * before any of the page's own scripts run) for the running test, which then fails naming
 * them. The `context` fixture (and so `page`) is watched already; a spec that opens its
 * own context with `browser.newContext()` calls this on it.
 */
export async function watchCsp(context: BrowserContext): Promise<void> {
  await context.exposeBinding('__sbCspViolation', ({ frame }, v: Omit<CspViolation, 'frame'>) => {
    violations.push({ ...v, frame: frame.url() });
  });
  await context.addInitScript(() => {
    // Capture on the document: the event is fired at the element at fault (and bubbles,
    // composed) or at the document itself.
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const report = (window as unknown as { __sbCspViolation?: (v: unknown) => void }).__sbCspViolation;
        report?.({
          blockedURI: e.blockedURI,
          violatedDirective: e.violatedDirective,
          sourceFile: e.sourceFile,
          line: e.lineNumber,
          sample: e.sample,
        });
      },
      { capture: true },
    );
  });
}

/** One line per violation, for the failure message. */
function describe(list: CspViolation[]): string {
  return list
    .map(
      (v) =>
        `  ${v.violatedDirective} blocked ${v.blockedURI || '(nothing named)'}` +
        ` from ${v.sourceFile || '(no file)'}:${v.line} in ${v.frame}` +
        (v.sample ? ` (sample: ${JSON.stringify(v.sample)})` : ''),
    )
    .join('\n');
}

/**
 * `test` with a signed-in `api` and the `inbox` page object; every test fails on any
 * Content-Security-Policy violation in its pages (the app must run under the policy the
 * server sends, `crates/server/src/csp.rs`, without anything being refused).
 */
export const test = base.extend<{ api: Api; inbox: InboxPage; cspViolations: void }>({
  context: async ({ context }, use) => {
    await watchCsp(context);
    await use(context);
  },
  // Set up before, and torn down after, every other fixture of the test: late reports
  // (while pages close) are counted too.
  cspViolations: [
    async ({}, use) => {
      violations.length = 0;
      await use();
      const seen = violations.splice(0);
      if (seen.length > 0) {
        throw new Error(`${seen.length} Content-Security-Policy violation(s):\n${describe(seen)}`);
      }
    },
    { auto: true },
  ],
  api: async ({ baseURL }, use) => {
    const api = await Api.signIn(baseURL ?? 'http://127.0.0.1:8080');
    await use(api);
    await api.dispose();
  },
  inbox: async ({ page }, use) => {
    await use(new InboxPage(page));
  },
});

export { expect };
