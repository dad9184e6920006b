import type { Page, WebSocketRoute } from '@playwright/test';
import { type Api, type ConversationSummary } from './api';
import { isFrame } from '../pages/inbox';

/**
 * A pile of events waiting for the app after a reconnection, for the receiving spec and
 * benchmark: the page's socket is cut and kept from reconnecting (attempts refused, as
 * by an unreachable server) while customers write through the API, then let through;
 * the server replays everything in one go.
 */

/** The page's sockets, proxied so a spec can cut them and refuse new ones. */
export interface Gate {
  /** How many sockets the server answered with `ready`. */
  readies(): number;
  /** Cuts the live socket; attempts are refused until `reopen`. */
  cut(): Promise<void>;
  /** Lets attempts through, and tells the app the tab is back in sight (it stops waiting). */
  reopen(): Promise<void>;
}

/** Proxies the page's sockets (call before the page loads). */
export async function gate(page: Page): Promise<Gate> {
  let reachable = true;
  let readies = 0;
  const open: WebSocketRoute[] = [];
  await page.routeWebSocket(/\/api\/v1\/ws/, (ws) => {
    if (!reachable) {
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
  return {
    readies: () => readies,
    cut: async () => {
      reachable = false;
      for (const ws of open.splice(0)) await ws.close({ code: 1001, reason: 'e2e: network lost' });
    },
    reopen: async () => {
      reachable = true;
      await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    },
  };
}

/** The text of the `k`-th piled message of conversation `id`. */
export const piledText = (label: string, id: number, k: number) => `${label} c${id} #${k}`;

/**
 * Each customer of `targets` writes `each` messages (two events each: the message and the
 * row), in order: one round sends the k-th message of every conversation at once.
 */
export async function pile(api: Api, targets: ConversationSummary[], each: number, label: string): Promise<void> {
  for (let k = 0; k < each; k++) {
    await Promise.all(targets.map((c) => api.inbound(c.id, piledText(label, c.id, k))));
  }
}

/** Starts recording, in the page, every animation frame's length and the long tasks. */
export async function recordFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __sbFrames: { gaps: number[]; long: number[]; on: boolean } };
    w.__sbFrames = { gaps: [], long: [], on: true };
    let last = performance.now();
    const frame = (now: number) => {
      w.__sbFrames.gaps.push(now - last);
      last = now;
      if (w.__sbFrames.on) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__sbFrames.long.push(e.duration);
    }).observe({ type: 'longtask' });
  });
}

/** Stops recording: the frames' lengths and the long tasks, in ms. */
export async function recordedFrames(page: Page): Promise<{ gaps: number[]; long: number[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __sbFrames: { gaps: number[]; long: number[]; on: boolean } };
    w.__sbFrames.on = false;
    return { gaps: w.__sbFrames.gaps, long: w.__sbFrames.long };
  });
}
