import { test, expect } from '../support/fixtures';
import type { RowSummary } from '../support/api';

const only = (c: RowSummary, query = '') => `/?${query}q=${encodeURIComponent(c.contact.name)}`;

test('a right click opens the row menu: arrows move and wrap, Escape gives focus back, a click outside closes', async ({
  api,
  inbox,
  page,
}) => {
  const target = await api.pickRow((c) => c.status !== 'closed', 6);
  const name = target.contact.name;
  await inbox.goto(only(target));

  await inbox.openRowMenu(name);
  const items = inbox.rowMenu().getByRole('menuitem');
  await expect(items.first()).toBeFocused();
  await expect(inbox.rowMenuItem('Copy link')).toBeVisible();
  await expect(inbox.rowMenuItem('Open in a new tab')).toBeVisible();
  await expect(inbox.rowMenuItem('Reopen')).toHaveCount(0);
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.first()).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(inbox.rowMenu()).toHaveCount(0);
  await expect(inbox.row(name)).toBeFocused();

  // The keyboard opens it too (Shift+F10, as the ContextMenu key does).
  await page.keyboard.press('Shift+F10');
  await expect(items.first()).toBeFocused();
  await inbox.search.click();
  await expect(inbox.rowMenu()).toHaveCount(0);
});

test('Mark as unread puts the badge back and the server agrees; Mark as read clears it', async ({ api, inbox }) => {
  const target = await api.pickRow((c) => c.unread_count === 0 && c.status !== 'closed', 1);
  const name = target.contact.name;
  await inbox.goto(only(target));
  const row = inbox.row(name);
  await expect(row.locator('.sb-badge')).toHaveCount(0);

  await inbox.openRowMenu(name);
  await expect(inbox.rowMenuItem('Mark as read')).toHaveCount(0);
  await inbox.rowMenuItem('Mark as unread').click();
  await expect(inbox.rowMenu()).toHaveCount(0);
  await expect(row.locator('.sb-badge')).toHaveText(/^[1-9]\d*$/);
  await expect(row).toHaveAccessibleName(/, [1-9]\d* unread,/);
  await expect(inbox.rowAnnouncer()).toHaveText(`${name}: Marked as unread`);
  expect((await api.row(target.id)).unread_count).toBeGreaterThan(0);

  await inbox.openRowMenu(name);
  await inbox.rowMenuItem('Mark as read').click();
  await expect(row.locator('.sb-badge')).toHaveCount(0);
  await expect(inbox.rowAnnouncer()).toHaveText(`${name}: Marked as read`);
  expect((await api.row(target.id)).unread_count).toBe(0);
});

test('Close from the menu takes the row out of the Open tab', async ({ api, inbox }) => {
  const target = await api.pickRow((c) => c.status === 'open', 2);
  const name = target.contact.name;
  try {
    await inbox.goto(only(target, 'status=open&'));
    await inbox.openRowMenu(name);
    await inbox.rowMenuItem('Close').click();
    await expect(inbox.rowOf(target.id)).toHaveCount(0);
    await expect(inbox.rowAnnouncer()).toHaveText(`${name}: Conversation closed`);
    expect((await api.row(target.id)).status).toBe('closed');
  } finally {
    if ((await api.row(target.id)).status === 'closed') await api.act(target.id, { type: 'reopen' });
  }
});

test('Copy link puts the conversation address on the clipboard; Open in a new tab opens it', async ({
  api,
  inbox,
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1:8080').origin;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const target = await api.pickRow((c) => c.status !== 'closed', 7);
  const name = target.contact.name;
  const url = `${origin}/conversations/${target.id}`;
  await inbox.goto(only(target));

  await inbox.openRowMenu(name);
  await inbox.rowMenuItem('Copy link').click();
  await expect(inbox.rowAnnouncer()).toHaveText(`${name}: Link copied`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

  await inbox.openRowMenu(name);
  const opened = context.waitForEvent('page');
  await inbox.rowMenuItem('Open in a new tab').click();
  const tab = await opened;
  await expect(tab).toHaveURL(url);
  // `noopener`: the new tab cannot reach this one.
  expect(await tab.evaluate(() => window.opener)).toBeNull();
  await tab.close();
});
