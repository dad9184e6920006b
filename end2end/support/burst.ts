import type { Page } from '@playwright/test';
import { type Api, type ConversationSummary } from './api';

/**
 * A pile of events waiting for the app after a reconnection, for the receiving spec and
 * benchmark: the page's socket is cut and kept from reconnecting (attempts refused, as
 * by an unreachable server) while customers write through the API, then let through;
 * the server replays everything in one go.
 */

/** The page's sockets, for a spec to cut and refuse. */
export interface Gate {
  /** How many sockets the server answered with `ready`, as last read by `poll`. */
  readies(): number;
  /** Reads the count of `ready` frames from the page. */
  poll(): Promise<number>;
  /** Cuts the live socket; attempts are refused until `reopen`. */
  cut(): Promise<void>;
  /** Lets attempts through, and tells the app the tab is back in sight (it stops waiting). */
  reopen(): Promise<void>;
}

/**
 * The page's sockets, cut and refused inside the page (call before the page loads). No
 * proxy: Playwright's `routeWebSocket` passes each frame through the test's process (about
 * 12 ms a frame here), which would measure the harness instead of the app. An init script
 * wraps `WebSocket`: `cut` closes the live socket from the page's side, and while cut a new
 * socket is refused at once, as by an unreachable server.
 */
export async function gate(page: Page): Promise<Gate> {
  await page.addInitScript(() => {
    type State = { reachable: boolean; readies: number; open: WebSocket[] };
    const w = window as unknown as { __sbGate: State; WebSocket: typeof WebSocket };
    const gate: State = { reachable: true, readies: 0, open: [] };
    w.__sbGate = gate;
    const Native = w.WebSocket;
    w.WebSocket = class extends Native {
      constructor(url: string | URL, protocols?: string | string[]) {
        // A path the server has no socket on: the upgrade is refused at once (a port of
        // its own would be blocked by the page's connect-src).
        const to = gate.reachable ? url : String(url).replace('/api/v1/ws', '/api/v1/ws-e2e-unreachable');
        super(to, protocols);
        gate.open.push(this);
        this.addEventListener('message', (e) => {
          if (typeof e.data === 'string' && e.data.length < 300 && e.data.includes('"type":"ready"')) gate.readies += 1;
        });
      }
    } as typeof WebSocket;
  });
  const read = () => page.evaluate(() => (window as unknown as { __sbGate: { readies: number } }).__sbGate.readies);
  let readies = 0;
  return {
    readies: () => readies,
    poll: async () => (readies = await read()),
    cut: async () => {
      await page.evaluate(() => {
        const g = (window as unknown as { __sbGate: { reachable: boolean; open: WebSocket[] } }).__sbGate;
        g.reachable = false;
        for (const ws of g.open.splice(0)) ws.close(4001, 'e2e: network lost');
      });
    },
    reopen: async () => {
      await page.evaluate(() => {
        (window as unknown as { __sbGate: { reachable: boolean } }).__sbGate.reachable = true;
        document.dispatchEvent(new Event('visibilitychange'));
      });
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
