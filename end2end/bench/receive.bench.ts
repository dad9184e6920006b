import { test, expect } from '@playwright/test';
import { Api } from '../support/api';
import { InboxPage } from '../pages/inbox';
import { gate, pile, piledText, recordFrames, recordedFrames } from '../support/burst';

/**
 * 5,000 events after a reconnection (issue 18, "Receiving"): 2,500 customer messages in
 * 5 conversations, one of them open, written while the app's socket is down; then the
 * socket is let through and the server replays all of them at once. Measured in the page:
 * every animation frame's length from the reconnection until every row shows its last
 * message (the longest is the figure the issue bounds at 200 ms), long tasks, and how long
 * applying took.
 *
 * A measurement, not a test: it asserts only that each number was measured.
 * `PROFILE=file.cpuprofile` also records a CPU profile of the catching up, `TRACE=file.json`
 * a Chromium timeline trace (each costs the page time: not for the figures).
 */

const CONVERSATIONS = 5;
const EACH = 500;

test('receiving: 5,000 events replayed after a reconnection', async ({ page, baseURL }) => {
  const api = await Api.signIn(baseURL ?? 'http://127.0.0.1:8080');
  const targets = await Promise.all(Array.from({ length: CONVERSATIONS }, (_, i) => api.pickReplyable(i)));
  const inbox = new InboxPage(page);
  // When each socket frame reached the page (the gate's wrapper of `WebSocket` is added
  // after this one, so this one sees every socket too).
  await page.addInitScript(() => {
    const W = window as unknown as { __sbMsgs: number[]; WebSocket: typeof WebSocket };
    W.__sbMsgs = [];
    const Orig = W.WebSocket;
    W.WebSocket = class extends Orig {
      constructor(url: string | URL, p?: string | string[]) {
        super(url, p);
        this.addEventListener('message', () => W.__sbMsgs.push(performance.now()));
      }
    } as typeof WebSocket;
  });
  const sockets = await gate(page);
  await inbox.goto(`/conversations/${targets[0].id}`);
  await expect.poll(() => sockets.poll(), { timeout: 15_000 }).toBe(1);

  await sockets.cut();
  const label = `bench burst ${Date.now().toString(36)}`;
  const seedStart = Date.now();
  await pile(api, targets, EACH, label);
  const seedMs = Date.now() - seedStart;

  await recordFrames(page);
  const cdp = process.env.PROFILE ? await page.context().newCDPSession(page) : undefined;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  if (process.env.TRACE) {
    await page.context().browser()!.startTracing(page, { path: process.env.TRACE, categories: ['devtools.timeline'] });
  }
  const start = Date.now();
  await sockets.reopen();
  // Polled by a plain DOM read every 250 ms (a locator's checks cost the page more).
  await page.waitForFunction(
    (rows) =>
      rows.every(([id, text]) =>
        document.querySelector(`[role="option"][data-conversation-id="${id}"]`)?.textContent?.includes(text),
      ),
    targets.map((c) => [c.id, piledText(label, c.id, EACH - 1)] as const),
    { polling: 250, timeout: 120_000 },
  );
  const appliedMs = Date.now() - start;
  if (process.env.TRACE) await page.context().browser()!.stopTracing();
  if (cdp) {
    const { profile } = await cdp.send('Profiler.stop');
    (await import('node:fs')).writeFileSync(process.env.PROFILE!, JSON.stringify(profile));
  }
  await expect(inbox.message(piledText(label, targets[0].id, EACH - 1))).toHaveCount(1);
  const { gaps, long } = await recordedFrames(page);
  const arrivals = await page.evaluate(() => (window as unknown as { __sbMsgs: number[] }).__sbMsgs);
  const replayed = arrivals.slice(-CONVERSATIONS * EACH * 2);
  const arrivalMs = Math.round(replayed[replayed.length - 1] - replayed[0]);
  const sorted = [...gaps].sort((a, b) => b - a);

  const summary = {
    events: CONVERSATIONS * EACH * 2,
    seedMs,
    arrivalMs,
    appliedMs,
    frames: gaps.length,
    longestFrameMs: Math.round(sorted[0] ?? 0),
    framesOver50Ms: gaps.filter((g) => g > 50).length,
    framesOver200Ms: gaps.filter((g) => g > 200).length,
    longestFramesMs: sorted.slice(0, 5).map(Math.round),
    longTasksMs: long.map(Math.round),
    reconnections: (await sockets.poll()) - 1,
  };
  const table: [string, string | number][] = [
    ['events replayed (2,500 messages in 5 conversations)', summary.events],
    ['seeding through the API (ms)', seedMs],
    ['first to last replayed frame received (ms)', arrivalMs],
    ['reconnection to every row updated (ms, polled)', appliedMs],
    ['animation frames meanwhile', summary.frames],
    ['longest frame (ms)', summary.longestFrameMs],
    ['five longest frames (ms)', summary.longestFramesMs.join(', ')],
    ['frames over 50 ms', summary.framesOver50Ms],
    ['frames over 200 ms', summary.framesOver200Ms],
    ['long tasks (ms each)', summary.longTasksMs.join(', ') || 'none'],
    ['reconnections', summary.reconnections],
  ];
  const width = Math.max(...table.map(([k]) => k.length));
  console.log('\nreceiving after a reconnection\n' + table.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`).join('\n'));
  console.log(`BENCH_JSON ${JSON.stringify(summary)}`);
  expect(summary.frames).toBeGreaterThan(0);
  await api.dispose();
});
