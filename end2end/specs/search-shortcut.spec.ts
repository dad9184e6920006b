import { test, expect } from '../support/fixtures';

test('/ focuses the search box and selects its text; in a text field it is just a slash', async ({
  api,
  inbox,
  page,
}) => {
  const word = (await api.pickConversation(0)).contact.name.split(' ')[0];
  await inbox.gotoLive(`/?q=${encodeURIComponent(word)}`);
  await expect(inbox.search).toHaveValue(word);
  await expect(inbox.search).toHaveAttribute('aria-keyshortcuts', '/ Control+K Meta+K');

  await page.getByRole('button', { name: 'Filters', exact: true }).focus();
  await page.keyboard.press('/');
  await expect(inbox.search).toBeFocused();
  await expect(inbox.search).toHaveValue(word);
  expect(
    await inbox.search.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd]),
  ).toEqual([0, word.length]);

  await page.getByRole('button', { name: 'Save view', exact: true }).click();
  const field = page.getByRole('form', { name: 'Save view' }).getByRole('textbox', { name: 'View name' });
  await expect(field).toBeFocused();
  await page.keyboard.type('a/b');
  await expect(field).toHaveValue('a/b');
  await expect(field).toBeFocused();
});

test('Ctrl+K and Cmd+K focus the search box from anywhere, and a hint shows the shortcut', async ({
  inbox,
  page,
}) => {
  await inbox.gotoLive('/');
  const hint = inbox.conversations.locator('kbd');
  await expect(hint).toBeVisible();
  await expect(hint).toHaveText('/');

  await page.getByRole('button', { name: 'Save view', exact: true }).click();
  const field = page.getByRole('form', { name: 'Save view' }).getByRole('textbox', { name: 'View name' });
  await field.fill('abc');
  await page.keyboard.press('Control+K');
  await expect(inbox.search).toBeFocused();
  await expect(field).toHaveValue('abc');
  // Focused, the box shows no hint.
  await expect(hint).toBeHidden();

  await field.focus();
  await page.keyboard.press('Meta+K');
  await expect(inbox.search).toBeFocused();
  await expect(field).toHaveValue('abc');
});

test('Escape in the search box clears the search and its place in the URL', async ({ api, inbox, page }) => {
  const word = (await api.pickConversation(1)).contact.name.split(' ')[0];
  const found = await api.listView(`q=${encodeURIComponent(word)}`);
  const foundIds = new Set(found.map((c) => c.id));
  // A conversation near the top of the whole list that the search hides.
  const hidden = (await api.listView('')).slice(0, 8).find((c) => !foundIds.has(c.id));
  expect(hidden).toBeTruthy();
  const hiddenRow = inbox.list.locator(`[data-conversation-id="${hidden!.id}"]`);

  await inbox.gotoLive(`/?q=${encodeURIComponent(word)}`);
  await inbox.expectList(found);
  await expect(hiddenRow).toHaveCount(0);
  await inbox.search.focus();
  await page.keyboard.press('Escape');
  await expect(inbox.search).toHaveValue('');
  await expect(page).not.toHaveURL(/[?&]q=/);
  await expect(hiddenRow).toHaveCount(1);
  await expect(inbox.search).toBeFocused();

  // Typed text too.
  await inbox.search.fill('zzzz no such text');
  await page.keyboard.press('Escape');
  await expect(inbox.search).toHaveValue('');
  await expect(page).not.toHaveURL(/[?&]q=/);
  await expect(hiddenRow).toHaveCount(1);
});
