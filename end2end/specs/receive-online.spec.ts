import type { WebSocketRoute } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { uniqueText } from '../support/api';
import { isFrame } from '../pages/inbox';

/**
 * `online` and the tab becoming visible end the backoff wait at once: the network is back
 * (or the agent is), so waiting out up to 30 s would only show a stale inbox. They do
 * nothing while the socket is live (no reconnection storm from switching tabs).
 *
 * The page's clock is Playwright's: time runs as usual, but the spec jumps it forward to
 * run through the failed attempts quickly, until the wait is at least 15 s long (the
 * backoff's lower bound once capped). A reconnection within 10 s after that can only come
 * from the event.
 */

/** Attempts after which the wait is capped (1 s doubled past 30 s). */
const ATTEMPTS_TO_CAP = 7;

test('online and visibilitychange reconnect at once, and only when down', async ({ page, api, inbox, context }) => {
  const target = await api.pickConversation(2);
  await page.clock.install();
  let reachable = true;
  let attempts = 0;
  let readies = 0;
  const open: WebSocketRoute[] = [];
  await page.routeWebSocket(/\/api\/v1\/ws/, (ws) => {
    attempts += 1;
    if (!reachable) {
      // Refused as an unreachable server would: the attempt fails at once.
      // Closed once the page holds it (a close in this handler is lost: the page's socket
      // then hangs open until the silence limit).
      setTimeout(() => void ws.close({ code: 4001, reason: 'e2e: unreachable' }), 50);
      return;
    }
    const server = ws.connectToServer();
    open.push(ws);
    server.onMessage((message) => {
      ws.send(message);
      if (isFrame(message, 'ready')) readies += 1;
    });
    ws.onClose(() => server.close());
  });
  await inbox.goto(`/conversations/${target.id}`);
  await expect.poll(() => readies, { timeout: 15_000 }).toBe(1);

  // Live: neither event opens another socket.
  await page.evaluate(() => {
    for (let i = 0; i < 5; i++) {
      window.dispatchEvent(new Event('online'));
      document.dispatchEvent(new Event('visibilitychange'));
    }
  });
  const live = uniqueText('e2e live');
  await api.inbound(target.id, live);
  await expect(inbox.message(live)).toHaveCount(1);
  expect(attempts, 'no socket opened while live').toBe(1);

  /** Cuts the live socket, fails attempts until the wait is capped, then lets them in. */
  const downWithLongWait = async () => {
    reachable = false;
    const before = attempts;
    for (const ws of open.splice(0)) await ws.close({ code: 1001, reason: 'e2e: network lost' });
    for (let n = 1; n <= ATTEMPTS_TO_CAP; n++) {
      await expect.poll(() => attempts - before, { timeout: 10_000 }).toBeGreaterThanOrEqual(n);
      // The app took the failure and waits (the clock is moved only once it does).
      await expect(page.locator('.sb-connection--down')).toBeAttached();
      // Past the longest wait: the pending attempt comes now.
      if (n < ATTEMPTS_TO_CAP) await page.clock.fastForward(31_000);
    }
    reachable = true;
    return attempts;
  };

  const seen = await downWithLongWait();
  await context.setOffline(true);
  await context.setOffline(false);
  await expect.poll(() => attempts, { message: '`online` reconnects at once', timeout: 10_000 }).toBe(seen + 1);
  await expect.poll(() => readies, { timeout: 10_000 }).toBe(2);

  const again = await downWithLongWait();
  // The tab comes back to sight (Playwright keeps it visible: only the event is sent).
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect
    .poll(() => attempts, { message: 'visibilitychange reconnects at once', timeout: 10_000 })
    .toBe(again + 1);
  await expect.poll(() => readies, { timeout: 10_000 }).toBe(3);
  const back = uniqueText('e2e back');
  await api.inbound(target.id, back);
  await expect(inbox.message(back)).toHaveCount(1);
});
