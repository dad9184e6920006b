import { test, expect } from '../support/fixtures';

test('the inbox has its chat list zone, search box and a list with rows', async ({ inbox }) => {
  await inbox.goto('/');
  await expect(inbox.conversations).toBeVisible();
  await expect(inbox.conversation).toBeVisible();
  await expect(inbox.conversations.getByRole('searchbox', { name: 'Search conversations' })).toBeVisible();
  await expect(inbox.conversations.getByRole('listbox', { name: 'Conversation list' })).toBeVisible();
  await expect.poll(() => inbox.rows.count(), { message: 'the list has options' }).toBeGreaterThan(0);
});

test('an open conversation shows all four zones', async ({ api, inbox }) => {
  const target = await api.pickConversation(0);
  await inbox.goto(`/conversations/${target.id}`);
  await expect(inbox.conversations).toBeVisible();
  await expect(inbox.conversation).toBeVisible();
  await expect(inbox.clientDetails).toBeVisible();
  await expect(inbox.composer).toBeVisible();
  await expect(inbox.search).toBeVisible();
  await expect(inbox.log).toBeVisible();
  await expect(inbox.messageBox).toBeVisible();
  await expect(inbox.sendButton).toBeVisible();
});
