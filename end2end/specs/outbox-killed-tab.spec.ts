import type { BrowserContext, Route } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { uniqueText } from '../support/api';
import { InboxPage } from '../pages/inbox';

/**
 * The tab is killed (the renderer crashed through CDP `Page.crash`) at a random moment
 * right after a message is queued, again and again, while the server is out of reach (so
 * the outbox is written on every retry too). Each reopened tab finds the outbox whole:
 * every message queued before, once, in order, and nothing it cannot read. When the
 * server is back each is stored exactly once, in order.
 *
 * `KILLS` is the short form run in CI; the catalogue's 100 is `KILLS=100` (about a
 * second per kill).
 */
const KILLS = Number(process.env.KILLS ?? 8);

test('a tab killed mid-write never corrupts or duplicates the outbox', async ({ api, context }) => {
  test.setTimeout(60_000 + KILLS * 4_000);
  const target = await api.pickReplyable(9);
  const base = uniqueText('e2e killed');
  const sendPath = `/api/v1/conversations/${target.id}/messages`;
  const sends = (url: URL) => url.pathname === sendPath;
  const unreachable = (route: Route) =>
    route.request().method() === 'POST' ? route.abort('connectionrefused') : route.fallback();
  await context.route(sends, unreachable);

  /** The texts of the pending bubbles of the conversation, in order. */
  const open = async (ctx: BrowserContext) => {
    const page = await ctx.newPage();
    const inbox = new InboxPage(page);
    await inbox.goto(`/conversations/${target.id}`);
    await expect(inbox.log).toBeVisible();
    return inbox;
  };
  const pendingTexts = async (inbox: InboxPage) =>
    inbox.log
      .locator('article[data-client-id]')
      .filter({ hasText: base })
      .evaluateAll((list) => list.map((a) => a.querySelector('.sb-message__text')?.textContent ?? ''));

  let kept: string[] = [];
  for (let k = 1; k <= KILLS; k++) {
    const inbox = await open(context);
    // Everything kept so far is back, once, in order, and no alert says it was unreadable.
    await expect.poll(() => pendingTexts(inbox)).toEqual(kept);
    await expect(inbox.page.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);
    const text = `${base} #${k}`;
    await inbox.send(text, 'enter');
    // Killed at a random moment: before, during or after the outbox is written.
    await inbox.page.waitForTimeout(Math.floor(Math.random() * 30));
    const cdp = await context.newCDPSession(inbox.page);
    await cdp.send('Page.crash').catch(() => undefined);
    await inbox.page.close().catch(() => undefined);
    // The message typed just before the kill is kept or not (the kill may come before its
    // write); nothing else may change.
    const check = await open(context);
    const now = await pendingTexts(check);
    expect([kept, [...kept, text]]).toContainEqual(now);
    kept = now;
    await check.page.close();
  }
  expect(kept.length, 'most queued messages outlived their kill').toBeGreaterThan(KILLS / 2);

  // The server is back: each kept message is stored once, in order.
  await context.unroute(sends, unreachable);
  const inbox = await open(context);
  const stored = async () =>
    (await api.messages(target.id)).map((m) => m.content.text ?? '').filter((t) => t.startsWith(base));
  await expect.poll(stored, { timeout: 20_000 }).toEqual(kept);
  await expect(inbox.log.locator('article[data-client-id]').filter({ hasText: base })).toHaveCount(0);
  await inbox.page.reload();
  await expect(inbox.message(base)).toHaveCount(kept.length);
});
