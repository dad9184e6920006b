import { test, expect } from '../support/fixtures';

test('a conversation on a disconnected network says replies wait for the reconnection; a connected one does not', async ({
  api,
  inbox,
}) => {
  // Not an open one: other specs block open conversations, which hides them.
  const cut = await api.pickWhere(
    'conversations on a network whose business account is disconnected',
    (c) => c.business_account?.connected === false && c.status !== 'open',
  );
  const account = (await api.conversation(cut.id)).conversation.business_account;
  if (!account || account.connected) throw new Error(`conversation ${cut.id} is not on a disconnected network`);

  await inbox.goto(`/conversations/${cut.id}`);
  await expect(inbox.banners()).toContainText(
    `No connected channel: replies cannot be sent until ${account.name} (${account.address}) is reconnected. ` +
      'Internal notes still work.',
  );

  const connected = await api.pickWhere(
    'conversations on a network whose business account is connected',
    (c) => c.business_account?.connected === true && c.status !== 'open',
  );
  await inbox.goto(`/conversations/${connected.id}`);
  await expect(inbox.header()).toContainText(`#${connected.id}`);
  await expect(inbox.banners()).toBeAttached();
  await expect(inbox.banners()).not.toContainText('No connected channel');
});
