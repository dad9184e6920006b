import type { Locator } from '@playwright/test';

/** What to watch while the log scrolls: see [`largestMove`]. */
export interface MoveWatch {
  /** The message to watch (`data-message-id`); without it, the first one visible. */
  id?: string;
  /** Where the log is scrolled to when the watch starts. */
  scrollTop: number;
  /** Dispatch another `scroll` event this many ms in, as a wheel would send once settled. */
  rescrollAtMs?: number;
  /** Watch until this message is rendered, then `settleMs` more. */
  untilId?: string;
  /** Watch this long (after `untilId` appeared, if given). */
  settleMs: number;
  /** Give up after this long in any case. */
  maxMs: number;
}

/**
 * Scrolls the log and watches one message in every animation frame (what the browser
 * paints) while rows render above it: the largest move of its top seen, in px, the
 * message watched, and whether `untilId` appeared. `null` when the log shows no message.
 */
export function largestMove(
  log: Locator,
  watch: MoveWatch,
): Promise<{ id: string; worst: number; seen: boolean } | null> {
  return log.evaluate(
    (el, w) =>
      new Promise((resolve) => {
        const id =
          w.id ??
          Array.from(el.querySelectorAll<HTMLElement>('article[data-message-id]'))
            .find((a) => a.offsetTop + a.offsetHeight > el.scrollTop)
            ?.getAttribute('data-message-id');
        if (!id) return resolve(null);
        const at = () => el.querySelector(`[data-message-id="${id}"]`)?.getBoundingClientRect().top ?? NaN;
        el.scrollTop = w.scrollTop;
        const before = at();
        let worst = 0;
        let inAt = 0;
        const start = performance.now();
        if (w.rescrollAtMs !== undefined) setTimeout(() => el.dispatchEvent(new Event('scroll')), w.rescrollAtMs);
        const frame = () => {
          const now = performance.now();
          const d = at() - before;
          // NaN (the message gone) counts as the worst.
          if (!(Math.abs(d) <= Math.abs(worst))) worst = d;
          if (!inAt && (w.untilId === undefined || el.querySelector(`[data-message-id="${w.untilId}"]`))) inAt = now;
          if ((inAt && now - inAt > w.settleMs) || now - start > w.maxMs) resolve({ id, worst, seen: inAt > 0 });
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    watch,
  );
}
