import { test, expect } from '../support/fixtures';
import type { ConversationDetail } from '../support/api';

/** The customer's account on the conversation's network, by the header's rule. */
function account(detail: ConversationDetail): string | undefined {
  const channel = detail.conversation.channel;
  const k = detail.contact;
  return (
    k.channels?.find((c) => c.channel === channel && c.address.trim())?.address ??
    k.messenger_ids?.find((m) => m.channel === channel && m.id.trim())?.id ??
    (channel === 'telegram' || channel === 'instagram' || channel === 'facebook' ? k.handle : undefined)
  );
}

test('the header shows the contact, the conversation number, the channel and the account', async ({
  api,
  inbox,
}) => {
  const target = await api.pickWhere('Telegram conversations', (c) => c.channel === 'telegram', 1);
  const detail = await api.conversation(target.id);
  const handle = account(detail);
  if (!handle) throw new Error(`the demo contact of conversation ${target.id} has no Telegram account`);

  await inbox.goto(`/conversations/${target.id}`);
  const header = inbox.header();
  await expect(header.getByRole('heading', { name: detail.contact.name, exact: true })).toBeVisible();
  await expect(header).toContainText(`#${target.id}`);
  await expect(header).toContainText('Telegram');
  await expect(header).toContainText(handle);
  // The channel logo is drawn for the conversation's network.
  await expect(header.locator('.sb-channel--telegram')).toHaveCount(1);
});

test('the client panel toggle collapses and expands the panel', async ({ api, inbox }) => {
  const target = await api.pickWhere('conversations', () => true, 2);
  await inbox.goto(`/conversations/${target.id}`);
  const toggle = inbox.headerButton('Client details');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(inbox.clientDetails).toBeVisible();

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(inbox.clientDetails).toBeHidden();
  // The conversation takes the room.
  await expect(inbox.conversation).toBeVisible();

  // The choice survives a reload.
  await inbox.goto(`/conversations/${target.id}`);
  await expect(inbox.headerButton('Client details')).toHaveAttribute('aria-expanded', 'false');
  await expect(inbox.clientDetails).toBeHidden();

  await inbox.headerButton('Client details').click();
  await expect(inbox.headerButton('Client details')).toHaveAttribute('aria-expanded', 'true');
  await expect(inbox.clientDetails).toBeVisible();
});
