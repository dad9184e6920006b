import type { Route } from '@playwright/test';
import { test, expect } from '../support/fault_server';
import { uniqueText } from '../support/api';
import { InboxPage } from '../pages/inbox';

/**
 * Two tabs of one agent (one browser profile, so one `localStorage`), each with an
 * outbox of its own (`src/store/tabs.rs`):
 *
 * 1. Both send `EACH` replies into one conversation, interleaved, while the server drops
 *    every socket every 2 s: all `2 × EACH` are stored exactly once, each tab's in the
 *    order it typed them, and both tabs end up showing every one of them, none pending.
 * 2. A tab whose sends are refused (the network is down for it) is closed with messages
 *    still queued: the other tab finds them (the closed tab's Web Lock is free), sends
 *    them, and they are stored once, in order; the closed tab's key is gone.
 *
 * `EACH` (20) is the short form run in CI; the catalogue's 50 each is `EACH=50`.
 *
 * Before tabs had keys of their own, both saved the outbox under one key, the last write
 * winning: in step 2 the closed tab's queued messages were lost.
 */

const EACH = Number(process.env.EACH ?? 20);

test('two tabs of one agent: every message of both stored once, and a closed tab’s outbox is sent by the other', async ({
  api,
  context,
  faultServer,
}) => {
  test.setTimeout(150_000);
  const target = await api.pickReplyable(4);
  const base = uniqueText('e2e tabs');
  const stored = async (prefix: string) =>
    (await api.messages(target.id)).map((m) => m.content.text ?? '').filter((t) => t.startsWith(prefix));
  const open = async () => {
    const inbox = new InboxPage(await context.newPage());
    await inbox.goto(`/conversations/${target.id}`);
    await expect(inbox.messageBox).toBeVisible();
    return inbox;
  };
  const [a, b] = [await open(), await open()];

  // 1. Both tabs send, interleaved, while sockets drop every 2 s.
  await faultServer.setFaults({ drop_ws_every_secs: 2 });
  const texts = { a: [] as string[], b: [] as string[] };
  for (let k = 1; k <= EACH; k++) {
    for (const [name, tab] of [['a', a], ['b', b]] as const) {
      const text = `${base} ${name}${String(k).padStart(3, '0')}`;
      texts[name].push(text);
      await tab.send(text, 'enter');
    }
  }
  await expect.poll(async () => (await stored(base)).length, { timeout: 60_000 }).toBe(2 * EACH);
  await faultServer.setFaults({});
  const all = await stored(base);
  expect(new Set(all).size, 'no message stored twice').toBe(all.length);
  for (const name of ['a', 'b'] as const) {
    expect(all.filter((t) => texts[name].includes(t)), `tab ${name}'s replies in typing order`).toEqual(texts[name]);
  }
  for (const tab of [a, b]) {
    // Both converge: every reply shown once as stored, none left pending.
    await expect(tab.log.locator('article[data-client-id]').filter({ hasText: base })).toHaveCount(0, { timeout: 20_000 });
    await expect(tab.message(texts.a[EACH - 1])).toHaveCount(1);
    await expect(tab.message(texts.b[EACH - 1])).toHaveCount(1);
  }

  // 2. Tab a cannot reach the server's send endpoint; its replies wait in its outbox.
  const late = `${base} closed`;
  const sendPath = `/api/v1/conversations/${target.id}/messages`;
  const refuse = (route: Route) =>
    route.request().method() === 'POST' ? route.abort('connectionrefused') : route.fallback();
  await a.page.route((url) => url.pathname === sendPath, refuse);
  const left = [1, 2, 3].map((k) => `${late} #${k}`);
  for (const text of left) await a.send(text, 'enter');
  await expect(a.log.locator('article[data-client-id]').filter({ hasText: late })).toHaveCount(3);
  const keyOfA = await a.page.evaluate(
    (late) => Object.keys(localStorage).find((k) => k.includes('.tab-') && localStorage.getItem(k)!.includes(late)),
    late,
  );
  expect(keyOfA, 'tab a keeps its outbox under a key of its own').toBeTruthy();
  expect(await stored(late)).toEqual([]);
  await a.page.close();

  // Tab b adopts them (within its next scan) and sends them, once, in order.
  await expect.poll(() => stored(late), { timeout: 20_000 }).toEqual(left);
  await expect(b.message(left[2])).toHaveCount(1);
  expect(await b.page.evaluate((k) => localStorage.getItem(k), keyOfA!), 'the closed tab’s key is gone').toBeNull();
});
