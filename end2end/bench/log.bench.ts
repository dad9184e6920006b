import { test, expect } from '@playwright/test';
import { Api } from '../support/api';
import { InboxPage } from '../pages/inbox';
import { largestMove } from '../support/frames';

/**
 * A long conversation in the browser (issue 4, "Long histories"): a conversation is given
 * 5,000 customer messages through the API, then opened from the list. Measured: the time
 * from the click to the latest page painted, the part of it that is the app's own work
 * (the history request's network time taken out), long tasks meanwhile, messages in the
 * DOM; then scrolling up through older pages: how far the message at the top moves when a
 * page renders above it (scroll anchoring), and the DOM bound.
 *
 * A measurement, not a test: it asserts only that each number was measured.
 */

const MESSAGES = 5_000;
/** Concurrent API calls while seeding. */
const SEED_PARALLEL = 16;
/** Older pages loaded by scrolling up. */
const OLDER_PAGES = 8;

test('conversation log: 5,000 messages open on the latest page, older pages without a jump', async ({ page, baseURL }) => {
  const api = await Api.signIn(baseURL ?? 'http://127.0.0.1:8080');
  const target = await api.pickConversation(20);
  const label = `bench log ${Date.now().toString(36)}`;
  const seedStart = Date.now();
  for (let i = 0; i < MESSAGES; i += SEED_PARALLEL) {
    await Promise.all(
      Array.from({ length: Math.min(SEED_PARALLEL, MESSAGES - i) }, (_, k) => api.inbound(target.id, `${label} #${i + k}`)),
    );
  }
  const seedMs = Date.now() - seedStart;

  const inbox = new InboxPage(page);
  await inbox.goto('/');
  await page.evaluate(() => {
    const w = window as unknown as { __sbLong: number[] };
    w.__sbLong = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__sbLong.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  const row = await inbox.scrollToRow(target.id);
  // Watch, in the page, for the latest message entering the DOM, then its paint.
  await page.evaluate((text) => {
    const w = window as unknown as { __sbOpen: { start: number; inDom?: number; painted?: number } };
    w.__sbOpen = { start: 0 };
    document.addEventListener('click', () => (w.__sbOpen.start = performance.now()), { capture: true, once: true });
    const seen = new MutationObserver(() => {
      const hit = Array.from(document.querySelectorAll('[role=log] article')).some((a) => a.textContent?.includes(text));
      if (hit && w.__sbOpen.inDom === undefined) {
        w.__sbOpen.inDom = performance.now();
        seen.disconnect();
        requestAnimationFrame(() => setTimeout(() => (w.__sbOpen.painted = performance.now()), 0));
      }
    });
    seen.observe(document.body, { childList: true, subtree: true });
  }, `${label} #${MESSAGES - 1}`);
  await row.click();
  const last = inbox.message(`${label} #${MESSAGES - 1}`);
  await expect(last).toBeVisible({ timeout: 60_000 });
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __sbOpen: { painted?: number } }).__sbOpen.painted ?? 0))
    .toBeGreaterThan(0);
  // The rest of the first window renders a frame after the latest rows show.
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('sb-history-filled', 'mark').length))
    .toBeGreaterThan(0);
  // Then the client panel's sections, one group per frame.
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('sb-panel-shown', 'mark').length))
    .toBeGreaterThan(0);
  const open = await page.evaluate(
    ([_, id]) =>
      new Promise<{
        paintedMs: number;
        requestMs: number;
        beforeRequestMs: number;
        installMs: number;
        fillMs: number;
        panelMs: number;
        longTasks: number[];
        articles: number;
      }>((resolve) =>
        requestAnimationFrame(() =>
          setTimeout(() => {
            const o = (window as unknown as { __sbOpen: { start: number; painted: number } }).__sbOpen;
            const start = o.start;
            const painted = o.painted - start;
            const entries = performance
              .getEntriesByType('resource')
              .filter((e) => e.name.includes(`/conversations/${id}/messages?`) && e.startTime >= start);
            const req = entries.map((e) => (e as PerformanceResourceTiming).responseEnd - e.startTime);
            // The app's own marks (src/perf.rs): the page arrived, then the log showed it.
            const markAt = (name: string) =>
              performance.getEntriesByName(name, 'mark').filter((m) => m.startTime >= start)[0]?.startTime ?? NaN;
            const requestStart = entries.length ? Math.min(...entries.map((e) => e.startTime)) : NaN;
            const w = window as unknown as { __sbLong: number[] };
            resolve({
              paintedMs: painted,
              requestMs: req.length ? Math.max(...req) : 0,
              beforeRequestMs: requestStart - start,
              installMs: markAt('sb-history-shown') - markAt('sb-history-in'),
              fillMs: markAt('sb-history-filled') - markAt('sb-history-shown'),
              panelMs: markAt('sb-panel-shown') - markAt('sb-history-filled'),
              longTasks: w.__sbLong.splice(0),
              articles: document.querySelectorAll('[role=log] article').length,
            });
          }, 0),
        ),
      ),
    [0, target.id] as const,
  );

  // Older pages: scroll to the top, wait for the page, measure how far the top message moved.
  const moves: number[] = [];
  let most = open.articles;
  for (let p = 0; p < OLDER_PAGES; p++) {
    // Scroll to the top, then watch the message that was at the top in every animation
    // frame for a second while the older page loads and renders above it: the largest
    // move seen is the jump the agent would see.
    const watched = await largestMove(inbox.log, { scrollTop: 0, rescrollAtMs: 400, settleMs: 1000, maxMs: 1000 });
    const move = watched && Math.round(watched.worst);
    if (move === null) break;
    moves.push(move);
    most = Math.max(most, await inbox.messages.count());
  }
  const longAfter = await page.evaluate(() => (window as unknown as { __sbLong: number[] }).__sbLong.splice(0));

  const summary = {
    messages: MESSAGES,
    seedMs,
    openPaintedMs: Math.round(open.paintedMs),
    openRequestMs: Math.round(open.requestMs),
    openAppWorkMs: Math.round(open.paintedMs - open.requestMs),
    openClickToRequestMs: Math.round(open.beforeRequestMs),
    openInstallAndRenderMs: Math.round(open.installMs),
    openFillMs: Math.round(open.fillMs),
    openPanelMs: Math.round(open.panelMs),
    openLongTasks: open.longTasks.map(Math.round),
    articlesAfterOpen: open.articles,
    olderPagesScrolled: moves.length,
    topMessageMovesPx: moves,
    mostArticles: most,
    longTasksWhileScrolling: longAfter.map(Math.round),
  };
  const table: [string, string | number][] = [
    ['messages in the conversation', MESSAGES],
    ['seeding through the API (ms)', seedMs],
    ['click to latest page painted (ms)', summary.openPaintedMs],
    ['  of which the history request (ms)', summary.openRequestMs],
    ['  the rest: app work and frames (ms)', summary.openAppWorkMs],
    ['  app work: click to the history request sent (ms)', summary.openClickToRequestMs],
    ['  app work: page arrived to the log shown, before paint (ms)', summary.openInstallAndRenderMs],
    ['  then, after that paint: the rest of the window rendered (ms)', summary.openFillMs],
    ['  then the client panel, one group of sections per frame (ms)', summary.openPanelMs],
    ['long tasks while opening (ms each)', summary.openLongTasks.join(', ') || 'none'],
    ['messages in the DOM after opening', summary.articlesAfterOpen],
    ['older pages loaded by scrolling up', summary.olderPagesScrolled],
    ['top message moved per older page (px)', moves.join(', ')],
    ['most messages in the DOM', most],
    ['long tasks while scrolling (ms each)', summary.longTasksWhileScrolling.join(', ') || 'none'],
  ];
  const width = Math.max(...table.map(([k]) => k.length));
  console.log('\nconversation log in the browser\n' + table.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`).join('\n'));
  console.log(`BENCH_JSON ${JSON.stringify(summary)}`);
  expect(summary.openPaintedMs).toBeGreaterThan(0);
  // The app's marks were there to read (a missing one would give NaN).
  expect(Number.isFinite(summary.openInstallAndRenderMs)).toBe(true);
  expect(Number.isFinite(summary.openClickToRequestMs)).toBe(true);
  expect(Number.isFinite(summary.openFillMs)).toBe(true);
  await api.dispose();
});
