import { test, expect } from '../support/fault_server';
import { uniqueText } from '../support/api';
import { gate, pile, piledText } from '../support/burst';

/**
 * Thousands of events (customer messages in 5 conversations, two events each) pile up
 * while the socket is down; after the reconnection the server replays them at once. Every one is applied
 * (each row shows its conversation's last message, the open log its last one), with no
 * second reconnection (no gap found), and the composer takes typing meanwhile (the events
 * are applied a slice per animation frame, `src/store/frames.rs`). How long the longest
 * frame is while they apply is a benchmark figure (`end2end/bench/receive.bench.ts`).
 */

const CONVERSATIONS = 5;
/** Messages per conversation: 200 (2,000 events) in CI; the catalogue's 5,000 is `EACH=500`. */
const EACH = Number(process.env.EACH ?? 200);

test('thousands of events queued during an outage are all applied after the reconnection', async ({ page, api, inbox }) => {
  test.setTimeout(180_000);
  const targets = await Promise.all(Array.from({ length: CONVERSATIONS }, (_, i) => api.pickReplyable(i)));
  const open = targets[0];
  const sockets = await gate(page);
  await inbox.goto(`/conversations/${open.id}`);
  await expect.poll(() => sockets.poll(), { timeout: 15_000 }).toBe(1);

  await sockets.cut();
  const label = uniqueText('e2e burst');
  await pile(api, targets, EACH, label);
  await sockets.reopen();
  await expect.poll(() => sockets.poll(), { timeout: 15_000 }).toBe(2);

  // The agent types while the app catches up.
  const typed = 'typed while catching up';
  await inbox.messageBox.pressSequentially(typed);

  for (const c of targets) {
    await expect(inbox.rowOf(c.id), `row ${c.id} shows its last message`).toContainText(
      piledText(label, c.id, EACH - 1),
      { timeout: 60_000 },
    );
  }
  await expect(inbox.message(piledText(label, open.id, EACH - 1))).toHaveCount(1);
  await expect(inbox.messageBox).toHaveValue(typed);
  expect(await sockets.poll(), 'one reconnection: no gap was found').toBe(2);
});
