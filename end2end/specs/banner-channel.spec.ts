import { test, expect } from '../support/fixtures';
import { uniqueText } from '../support/api';

test('a conversation on a disconnected network says replies wait for the reconnection; a connected one does not', async ({
  api,
  inbox,
}) => {
  // Not an open one: other specs block open conversations, which hides them.
  const cut = await api.pickWhere(
    'conversations on a network whose business account is disconnected',
    (c) => c.business_account?.connected === false && c.status !== 'open',
    0,
    { anyNetwork: true },
  );
  const account = (await api.conversation(cut.id)).conversation.business_account;
  if (!account || account.connected) throw new Error(`conversation ${cut.id} is not on a disconnected network`);

  await inbox.goto(`/conversations/${cut.id}`);
  await expect(inbox.banners()).toContainText(
    `No connected channel: replies cannot be sent until ${account.name} (${account.address}) is reconnected. ` +
      'Internal notes still work.',
  );

  // The composer keeps such a reply (and says why) instead of letting the server refuse it;
  // a note goes out.
  const words = uniqueText('e2e reply on a disconnected network');
  await inbox.messageBox.fill(words);
  await inbox.messageBox.press('Enter');
  await expect(inbox.composer.getByRole('status').filter({ hasText: 'No connected channel' })).toBeVisible();
  await expect(inbox.messageBox).toHaveValue(words);
  await expect(inbox.messages.filter({ hasText: words })).toHaveCount(0);
  await inbox.noteMode.click();
  const note = uniqueText('e2e note on a disconnected network');
  const noteBox = inbox.composer.getByRole('textbox', { name: 'Note', exact: true });
  await noteBox.fill(note);
  await noteBox.press('Enter');
  await expect(inbox.message(note)).toHaveAttribute('data-message-id', /\d+/);
  await inbox.replyMode.click();
  await expect(inbox.messageBox).toHaveValue(words);

  const connected = await api.pickWhere(
    'conversations on a network whose business account is connected',
    (c) => c.business_account?.connected === true && c.status !== 'open',
  );
  await inbox.goto(`/conversations/${connected.id}`);
  await expect(inbox.header()).toContainText(`#${connected.id}`);
  await expect(inbox.banners()).toBeAttached();
  await expect(inbox.banners()).not.toContainText('No connected channel');
});
