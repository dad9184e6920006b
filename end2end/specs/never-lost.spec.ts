import { test, expect } from '../support/fixtures';
import { uniqueText } from '../support/api';

test('a draft survives a reload', async ({ api, inbox, page }) => {
  const target = await api.pickConversation(4);
  const draft = uniqueText('e2e draft');
  await inbox.goto(`/conversations/${target.id}`);
  await inbox.messageBox.fill(draft);
  await page.reload();
  await expect(inbox.messageBox).toHaveValue(draft);
  // The draft belongs to its conversation: another one starts empty.
  const other = await api.pickConversation(5);
  await inbox.open(other.contact.name, other.id);
  await expect(inbox.messageBox).toHaveValue('');
});

test('a message sent while the server is unreachable survives a reload and is delivered once', async ({
  api,
  inbox,
  page,
}) => {
  const target = await api.pickConversation(6);
  const text = uniqueText('e2e offline send');
  const sendPath = `/api/v1/conversations/${target.id}/messages`;
  let refused = 0;
  const unreachable = async (route: import('@playwright/test').Route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    refused += 1;
    return route.abort('connectionrefused');
  };
  const sends = (url: URL) => url.pathname === sendPath;
  await page.route(sends, unreachable);

  await inbox.gotoLive(`/conversations/${target.id}`);
  await inbox.send(text);
  const bubble = inbox.message(text);
  await expect(bubble).toHaveAttribute('data-status', 'pending');
  await expect.poll(() => refused, { message: 'the app tried to send' }).toBeGreaterThan(0);
  const clientId = await bubble.getAttribute('data-client-id');

  // Still unreachable after a reload: the message is still there, still pending.
  await page.reload();
  await expect(inbox.message(text)).toHaveAttribute('data-status', 'pending');
  await expect(inbox.message(text)).toHaveAttribute('data-client-id', clientId ?? '');

  // The server comes back: the same message (same client id) is delivered, once.
  await page.unroute(sends, unreachable);
  await expect(inbox.message(text)).toHaveAttribute('data-message-id', /^\d+$/, { timeout: 15_000 });
  const stored = async () => (await api.messages(target.id)).filter((m) => m.content.text === text).length;
  await expect.poll(stored, { message: 'the server stored it exactly once' }).toBe(1);
  await page.reload();
  await expect(inbox.message(text)).toHaveCount(1);
});
