import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { uniqueText, type Api, type ConversationId } from '../support/api';
import type { InboxPage } from '../pages/inbox';

/**
 * Message 3 of 5 is refused (a `413` a backend may give for a rule the app cannot know;
 * injected, the composer never lets the real server's limit be reached): it shows refused
 * with its reason, messages 4 and 5 wait (never sent) until the agent resolves it. An
 * edit goes in its place with a new client id; a discard lets the rest go, in order.
 */

/** The bodies of every send the page made, in order; the refusal of message `#3`. */
async function refuseThird(page: Page, id: ConversationId): Promise<{ client_id: string; text: string }[]> {
  const sent: { client_id: string; text: string }[] = [];
  let refusedKey: string | undefined;
  await page.route(
    (url) => url.pathname === `/api/v1/conversations/${id}/messages`,
    async (route) => {
      if (route.request().method() !== 'POST') return route.fallback();
      const body = route.request().postDataJSON() as { client_id: string; text: string };
      sent.push({ client_id: body.client_id, text: body.text });
      // The refused request stays refused (the same key is the same request).
      if (body.text.endsWith('#3') || body.client_id === refusedKey) {
        refusedKey = body.client_id;
        return route.fulfill({
          status: 413,
          contentType: 'application/json',
          body: JSON.stringify({ code: 'too_large', message: 'message 3 is over the limit' }),
        });
      }
      return route.fallback();
    },
  );
  return sent;
}

/** Sends `#1`…`#5` and checks the state while `#3` is refused. */
async function fiveWithThirdRefused(api: Api, inbox: InboxPage, id: ConversationId, base: string) {
  const sent = await refuseThird(inbox.page, id);
  await inbox.gotoLive(`/conversations/${id}`);
  for (let k = 1; k <= 5; k++) await inbox.send(`${base} #${k}`, 'enter');
  const bubble = (k: number) => inbox.messages.filter({ hasText: `${base} #${k}` });
  await expect(bubble(1)).toHaveAttribute('data-message-id', /^\d+$/);
  await expect(bubble(2)).toHaveAttribute('data-message-id', /^\d+$/);
  await expect(bubble(3)).toHaveAttribute('data-status', 'failed');
  await expect(bubble(3)).toContainText('message 3 is over the limit');
  for (const k of [4, 5]) {
    await expect(bubble(k)).toHaveAttribute('data-status', 'held');
    await expect(bubble(k)).toContainText('Waiting: the message above was not sent');
  }
  // Still waiting a while later: nothing after the refused one went out.
  await inbox.page.waitForTimeout(1_000);
  expect(sent.map((s) => s.text.slice(base.length + 1))).toEqual(['#1', '#2', '#3']);
  const stored = async () =>
    (await api.messages(id)).map((m) => m.content.text ?? '').filter((t) => t.startsWith(base));
  expect(await stored()).toEqual([`${base} #1`, `${base} #2`]);
  return { sent, bubble, stored };
}

test('a refused message holds the later ones; its edit goes in its place with a new key', async ({
  api,
  inbox,
}) => {
  const target = await api.pickReplyable(4);
  const base = uniqueText('e2e hold');
  const { sent, bubble, stored } = await fiveWithThirdRefused(api, inbox, target.id, base);
  const refusedKey = sent[2].client_id;

  await bubble(3).getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(inbox.messageBox).toHaveValue(`${base} #3`);
  // It keeps its place while it is edited; the rest still wait.
  await expect(bubble(3)).toHaveAttribute('data-status', 'editing');
  await expect(bubble(4)).toHaveAttribute('data-status', 'held');
  await inbox.messageBox.fill(`${base} #3 (shorter)`);
  await inbox.messageBox.press('Enter');

  const want = ['#1', '#2', '#3 (shorter)', '#4', '#5'].map((k) => `${base} ${k}`);
  await expect.poll(stored, { message: 'the edit, then the rest, in order' }).toEqual(want);
  const edited = sent.find((s) => s.text === `${base} #3 (shorter)`)!;
  expect(edited.client_id).not.toBe(refusedKey);
  expect(sent.filter((s) => s.client_id === refusedKey)).toHaveLength(1);
  await expect(inbox.messages.filter({ hasText: base })).toHaveCount(5);
});

test('discarding the refused message lets the rest go, in order', async ({ api, inbox }) => {
  const target = await api.pickReplyable(5);
  const base = uniqueText('e2e hold discard');
  const { bubble, stored } = await fiveWithThirdRefused(api, inbox, target.id, base);

  await bubble(3).getByRole('button', { name: 'Delete', exact: true }).click();
  const want = ['#1', '#2', '#4', '#5'].map((k) => `${base} ${k}`);
  await expect.poll(stored, { message: 'the rest went, in order' }).toEqual(want);
  await expect(bubble(3)).toHaveCount(0);
});
