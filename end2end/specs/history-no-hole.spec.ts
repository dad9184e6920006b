import type { Route } from '@playwright/test';
import { test, expect } from '../support/fault_server';
import { uniqueText } from '../support/api';
import { InboxPage } from '../pages/inbox';

/**
 * The loaded history stays one stretch when an old message arrives out of the blue. A send
 * that goes out twice (a killed tab's outbox adopted by another tab after it had been
 * sent, which `src/store/tabs.rs` allows: twice, never nowhere) is answered with the copy
 * the server already stores, which may be far older than the latest page the app loaded.
 * It was put into the log below the loaded stretch, so the next older page began under
 * it and the messages in between were never loaded: `KILLS=100` of the killed-tab spec
 * once showed 93 of 97 messages.
 *
 * Here the duplicate is made on purpose: a gone tab's outbox key holding a copy of an old
 * message (its client id and text), adopted and sent by the page as it opens. On a server
 * of its own (`support/fault_server.ts`): the 120 replies would change a conversation
 * other specs read.
 */
test('an old message sent again leaves no hole in the history scrolled back to its start', async ({ api, context }) => {
  test.setTimeout(120_000);
  const target = await api.pickReplyable(7);
  const base = uniqueText('e2e stretch');
  const sent: { text: string; client_id: string }[] = [];
  for (let k = 1; k <= 120; k++) {
    const text = `${base} #${String(k).padStart(3, '0')}`;
    const m = (await api.reply(target.id, text)) as unknown as { client_id: string };
    sent.push({ text, client_id: m.client_id });
  }
  const old = sent[46];

  // A real outbox entry, written by the app while its sends are refused; then made a copy
  // of message #047 and left under the key of a tab that is gone.
  const sends = `**/api/v1/conversations/${target.id}/messages`;
  const refuse = (route: Route) => (route.request().method() === 'POST' ? route.abort('connectionrefused') : route.fallback());
  await context.route(sends, refuse);
  const writer = new InboxPage(await context.newPage());
  await writer.goto(`/conversations/${target.id}`);
  const probe = uniqueText('e2e probe');
  await writer.send(probe, 'enter');
  const written = await writer.page.evaluate(
    (probe) => Object.entries(localStorage).find(([k, v]) => k.includes('.outbox.') && k.includes('.tab-') && v.includes(probe)),
    probe,
  );
  expect(written, 'the pending reply is in its tab’s outbox key').toBeDefined();
  const [key, value] = written!;
  const entry = JSON.parse(value);
  const copy = JSON.stringify(entry)
    .replaceAll(probe, old.text)
    .replace(/"client_id":"[^"]*"/g, `"client_id":"${old.client_id}"`);
  expect(copy).toContain(old.client_id);
  await writer.page.evaluate(
    ([key, copy]) => {
      localStorage.removeItem(key);
      localStorage.setItem(key.replace(/\.tab-.*$/, '.tab-gone-e2e'), copy);
    },
    [key, copy],
  );
  await writer.page.close();
  await context.unroute(sends, refuse);

  // The next page adopts the gone tab's outbox and sends the copy: the server answers
  // with #047 as stored. The history, scrolled back to its start, has every message once.
  const inbox = new InboxPage(await context.newPage());
  await inbox.goto(`/conversations/${target.id}`);
  await expect(inbox.message(sent[119].text)).toHaveCount(1);
  await expect
    .poll(async () => inbox.page.evaluate(() => Object.keys(localStorage).some((k) => k.endsWith('.tab-gone-e2e'))), {
      message: 'the gone tab’s outbox was adopted',
      timeout: 15_000,
    })
    .toBe(false);
  await expect(inbox.log.locator('article[data-client-id]')).toHaveCount(0);
  await expect
    .poll(
      async () => {
        await inbox.log.evaluate((log) => log.scrollTo(0, 0));
        return inbox.message(sent[0].text).count();
      },
      { timeout: 30_000 },
    )
    .toBeGreaterThan(0);
  for (const { text } of sent) await expect(inbox.message(text), text).toHaveCount(1);
  const stored = (await api.messages(target.id)).map((m) => m.content.text ?? '').filter((t) => t.startsWith(base));
  expect(stored).toEqual(sent.map((s) => s.text));
});
