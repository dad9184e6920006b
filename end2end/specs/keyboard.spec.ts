import { test, expect } from '../support/fixtures';
import { uniqueText, type Api, type ConversationId } from '../support/api';
import { conversationUrl } from '../pages/inbox';

/** The conversation's status, as the server has it. */
async function status(api: Api, id: ConversationId): Promise<string> {
  return (await api.conversation(id)).conversation.status;
}

test('? opens the Keyboard shortcuts dialog with every shortcut, grouped; focus comes back', async ({
  inbox,
  page,
}) => {
  await inbox.gotoLive('/');
  const filters = page.getByRole('button', { name: 'Filters', exact: true });
  await filters.focus();
  await page.keyboard.press('?');
  const dialog = inbox.dialog('Keyboard shortcuts');
  await expect(dialog).toBeVisible();
  for (const group of ['Navigation', 'Open conversation', 'Composer']) {
    await expect(dialog.getByRole('table', { name: group, exact: true })).toBeVisible();
  }
  const keysOf = (name: string) => dialog.getByRole('row', { name: new RegExp(`^${name}`) }).locator('td').first();
  await expect(keysOf('Next conversation')).toHaveText('J or Alt+ArrowDown');
  await expect(keysOf('Close conversation')).toHaveText('E');
  await expect(keysOf('Open the command palette')).toHaveText('Ctrl+Shift+K');
  await expect(keysOf('Send')).toHaveText('Ctrl+Enter');
  await expect(dialog.getByRole('row', { name: /^Search conversations/ })).toContainText('Cannot be changed');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(filters).toBeFocused();
});

test('u opens the next unread conversation, j / k and Alt+arrows the next and previous; j in the composer is a j', async ({
  api,
  inbox,
  page,
}) => {
  const target = await api.pickConversation(20);
  await api.inbound(target.id, uniqueText('e2e keys unread'));
  const rows = await api.listView('');
  expect(rows[0].id).toBe(target.id);

  await inbox.gotoLive('/');
  await page.keyboard.press('u');
  await expect(page).toHaveURL(conversationUrl(target.id));
  await page.keyboard.press('j');
  await expect(page).toHaveURL(conversationUrl(rows[1].id));
  await page.keyboard.press('k');
  await expect(page).toHaveURL(conversationUrl(rows[0].id));
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page).toHaveURL(conversationUrl(rows[1].id));
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page).toHaveURL(conversationUrl(rows[0].id));

  await inbox.messageBox.click();
  await page.keyboard.type('jk');
  await expect(inbox.messageBox).toHaveValue('jk');
  await expect(page).toHaveURL(conversationUrl(rows[0].id));
  await inbox.messageBox.fill('');
});

test('n and r switch the composer to note and reply and focus it, c focuses it, Ctrl+Enter sends', async ({
  api,
  inbox,
  page,
}) => {
  // One where free text can go out (a closed messaging window takes templates only).
  const target = await api.pickReplyable(12);
  await inbox.gotoLive(`/conversations/${target.id}`);
  const assign = inbox.headerButton('Assign');

  await assign.focus();
  await page.keyboard.press('n');
  await expect(inbox.noteMode).toHaveAttribute('aria-checked', 'true');
  await expect(inbox.composer.getByRole('textbox', { name: 'Note', exact: true })).toBeFocused();

  await assign.focus();
  await page.keyboard.press('r');
  await expect(inbox.replyMode).toHaveAttribute('aria-checked', 'true');
  await expect(inbox.messageBox).toBeFocused();

  await assign.focus();
  await page.keyboard.press('c');
  await expect(inbox.messageBox).toBeFocused();
  const text = uniqueText('e2e keys send');
  await page.keyboard.type(text);
  await page.keyboard.press('Control+Enter');
  await expect(inbox.message(text)).toBeVisible();
  await expect(inbox.messageBox).toHaveValue('');
  await expect
    .poll(async () => (await api.messages(target.id)).some((m) => JSON.stringify(m.content).includes(text)))
    .toBe(true);
});

test('e closes (through the closing-note dialog), s opens Snooze', async ({ api, inbox, page }) => {
  const toClose = await api.pickWhere('conversations in progress', (c) => c.status === 'in_progress', 2);
  await inbox.gotoLive(`/conversations/${toClose.id}`);
  await expect(inbox.headerButton('Close conversation')).toBeEnabled();
  await page.keyboard.press('e');
  const dialog = inbox.dialog('Close conversation');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close conversation', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => status(api, toClose.id)).toBe('closed');

  const toSnooze = await api.pickWhere('open conversations', (c) => c.status === 'open', 2);
  await inbox.goto(`/conversations/${toSnooze.id}`);
  await expect(inbox.headerButton('Snooze')).toBeVisible();
  await page.keyboard.press('s');
  const menu = inbox.menu('Snooze');
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await menu.getByRole('menuitem', { name: 'Tomorrow', exact: true }).click();
  await expect.poll(() => status(api, toSnooze.id)).toBe('snoozed');
});

test('m assigns to me, a opens the Assign menu, p shows and hides the client panel', async ({ api, inbox, page }) => {
  const target = await api.pickWhere(
    'conversations assigned to another agent',
    (c) => c.assignee !== undefined && c.assignee !== api.agentId && c.status !== 'closed',
    2,
  );
  await inbox.gotoLive(`/conversations/${target.id}`);
  await expect(inbox.headerButton('Assign')).toBeVisible();
  await page.keyboard.press('m');
  await expect(inbox.header()).toContainText('Assignee: Alex Morgan');
  await expect.poll(async () => (await api.conversation(target.id)).conversation.assignee).toBe(api.agentId);

  await page.keyboard.press('a');
  const menu = inbox.menu('Assign');
  await expect(menu).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();

  const toggle = inbox.headerButton('Client details');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('p');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('p');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
});

test('l jumps to the latest message', async ({ api, inbox, page }) => {
  const target = await api.pickConversation(22);
  const label = uniqueText('e2e keys latest');
  for (let i = 0; i < 30; i++) await api.inbound(target.id, `${label} #${i}`);
  await inbox.gotoLive(`/conversations/${target.id}`);
  await expect(inbox.message(`${label} #29`)).toBeInViewport();
  await inbox.log.evaluate((el) => (el.scrollTop = 0));
  const jump = page.getByRole('button', { name: /Jump to latest/ });
  await expect(jump).toBeVisible();
  await expect(inbox.message(`${label} #29`)).not.toBeInViewport();
  await page.keyboard.press('l');
  await expect(inbox.message(`${label} #29`)).toBeInViewport();
  await expect(jump).toBeHidden();
});

test('the command palette finds and runs a conversation, a view and an action; Escape gives focus back', async ({
  api,
  inbox,
  page,
}) => {
  const target = await api.pickConversation(23);
  await inbox.gotoLive('/');
  const filters = page.getByRole('button', { name: 'Filters', exact: true });
  await filters.focus();
  await page.keyboard.press('Control+Shift+K');
  const palette = inbox.dialog('Command palette');
  await expect(palette).toBeVisible();
  const box = palette.getByRole('combobox');
  await expect(box).toBeFocused();
  await expect(inbox.search).not.toBeFocused();
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  await expect(filters).toBeFocused();

  // A conversation, by its contact's name typed without capitals.
  await page.keyboard.press('Control+Shift+K');
  await box.fill(target.contact.name.toLowerCase());
  // Its number tells it from another conversation of a namesake.
  const option = palette.getByRole('option', { name: target.contact.name, exact: true }).filter({ hasText: `#${target.id}` });
  await expect(option).toBeVisible();
  await option.click();
  await expect(palette).toBeHidden();
  await expect(page).toHaveURL(conversationUrl(target.id));

  // A view, with the arrows and Enter.
  await page.keyboard.press('Meta+Shift+K');
  await expect(box).toBeFocused();
  await box.fill('mine');
  await expect(palette.getByRole('option').first()).toHaveAccessibleName('Mine');
  await expect(box).toHaveAttribute('aria-activedescendant', /.+/);
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page).toHaveURL(/[?&]mailbox=mine/);

  // An action: it runs once the palette has closed, so the composer keeps the focus.
  await page.keyboard.press('Control+Shift+K');
  await box.fill('internal note');
  await expect(palette.getByRole('option').first()).toHaveAccessibleName('Write an internal note');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(inbox.noteMode).toHaveAttribute('aria-checked', 'true');
  await expect(inbox.composer.getByRole('textbox', { name: 'Note', exact: true })).toBeFocused();
});

test('a remapped shortcut survives a reload; a key another action has is refused, naming it; reset', async ({
  api,
  inbox,
  page,
}) => {
  const rows = await api.listView('');
  await inbox.gotoLive(`/conversations/${rows[0].id}`);
  await page.keyboard.press('?');
  const dialog = inbox.dialog('Keyboard shortcuts');
  const keysOf = (name: string) => dialog.getByRole('row', { name: new RegExp(`^${name}`) }).locator('td').first();
  const change = (name: string) => dialog.getByRole('button', { name: `Change the keys of ${name}`, exact: true });

  await change('Next conversation').click();
  await expect(change('Next conversation')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('x');
  await expect(keysOf('Next conversation')).toHaveText('X');
  await expect(dialog.getByRole('status')).toHaveText('Next conversation: X');

  await page.reload();
  await inbox.untilLive();
  await expect(inbox.rows.first()).toBeVisible();
  await page.keyboard.press('?');
  await expect(keysOf('Next conversation')).toHaveText('X');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('j');
  await expect(page).toHaveURL(conversationUrl(rows[0].id));
  await page.keyboard.press('x');
  await expect(page).toHaveURL(conversationUrl(rows[1].id));

  await page.keyboard.press('?');
  await change('Previous conversation').click();
  await page.keyboard.press('x');
  await expect(dialog.getByRole('alert')).toHaveText('X is already used by “Next conversation”.');
  await expect(keysOf('Previous conversation')).toHaveText('K or Alt+ArrowUp');
  await change('Previous conversation').click();
  await page.keyboard.press('/');
  await expect(dialog.getByRole('alert')).toHaveText('/ is already used by “Search conversations”.');

  await dialog.getByRole('button', { name: 'Reset to defaults', exact: true }).click();
  await expect(keysOf('Next conversation')).toHaveText('J or Alt+ArrowDown');
  await page.reload();
  await expect(inbox.rows.first()).toBeVisible();
  await page.keyboard.press('?');
  await expect(keysOf('Next conversation')).toHaveText('J or Alt+ArrowDown');
});
