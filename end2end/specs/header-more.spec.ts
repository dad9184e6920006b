import { test, expect } from '../support/fixtures';
import { uniqueText } from '../support/api';

test('More actions → Mark unread leaves the conversation unread', async ({ api, inbox, page }) => {
  const target = await api.pickWhere('active conversations', (c) => c.status === 'in_progress', 4);
  await inbox.gotoLive(`/conversations/${target.id}`);
  // A customer message arrives while it is open: the app reads it.
  const text = uniqueText('e2e mark unread');
  await api.inbound(target.id, text);
  await expect(inbox.message(text)).toHaveCount(1);
  await expect.poll(async () => (await api.conversation(target.id)).conversation.unread_count).toBe(0);

  const menu = await inbox.openMenu('More actions');
  await menu.getByRole('menuitem', { name: 'Mark unread', exact: true }).click();

  // The app leaves it, so it is not read again at once.
  await expect(page).toHaveURL(/\/(\?.*)?$/);
  await expect.poll(async () => (await api.conversation(target.id)).conversation.unread_count).toBeGreaterThan(0);
  await expect(inbox.row(target.contact.name)).toHaveAccessibleName(/unread/);
});

test('More actions → Block contact asks first, says what it does, then blocks', async ({
  api,
  inbox,
  page,
}) => {
  const target = await api.pickWhere('open conversations', (c) => c.status === 'open', 3);
  await inbox.goto(`/conversations/${target.id}`);

  let menu = await inbox.openMenu('More actions');
  // The demo agent may not delete conversations: the item is not offered.
  await expect(menu.getByRole('menuitem', { name: 'Delete conversation' })).toHaveCount(0);
  await menu.getByRole('menuitem', { name: 'Block contact', exact: true }).click();
  const dialog = inbox.dialog('Block this contact?');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Their messages will no longer reach the inbox');
  // This agent may not see blocked contacts, and is told what that means.
  await expect(dialog).toContainText('only a supervisor can unblock the contact');

  // Cancel changes nothing.
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(inbox.headerButton('More actions')).toBeFocused();
  expect(await api.conversationStatus(target.id)).toBe(200);
  expect((await api.conversation(target.id)).conversation.contact_blocked).toBe(false);

  menu = await inbox.openMenu('More actions');
  await menu.getByRole('menuitem', { name: 'Block contact', exact: true }).click();
  await dialog.getByRole('button', { name: 'Block contact', exact: true }).click();

  // Blocked: the conversation leaves this agent's inbox, on the server and on screen.
  await expect(page).toHaveURL(/\/(\?.*)?$/);
  await expect(inbox.row(target.contact.name)).toHaveCount(0);
  expect(await api.conversationStatus(target.id)).toBe(404);
});
