import { test, expect } from '../support/fixtures';
import { uniqueText } from '../support/api';
import { nameStartsWith } from '../pages/inbox';

test('a message to another conversation moves it to the top, unread, with its preview', async ({ api, inbox }) => {
  const open = await api.pickConversation(4);
  const other = await api.pickConversation(5);
  await inbox.gotoLive(`/conversations/${open.id}`);
  await expect(inbox.log).toBeVisible();
  await expect(inbox.rows.first()).not.toHaveAccessibleName(nameStartsWith(other.contact.name));

  const text = uniqueText('e2e inbound elsewhere');
  await api.inbound(other.id, text);

  const top = inbox.rows.first();
  await expect(top).toHaveAccessibleName(nameStartsWith(other.contact.name));
  await expect(top).toHaveAccessibleName(/\b[1-9]\d* unread\b/);
  await expect(top).toContainText(text);
});

test('a message to the open conversation appears in its log without a reload', async ({ api, inbox }) => {
  const open = await api.pickConversation(4);
  await inbox.gotoLive(`/conversations/${open.id}`);
  await expect(inbox.log).toBeVisible();

  const text = uniqueText('e2e inbound here');
  await api.inbound(open.id, text);

  await expect(inbox.message(text)).toHaveCount(1);
  await expect(inbox.message(text)).toHaveAttribute('data-message-id', /^\d+$/);
});
