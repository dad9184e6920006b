import { test, expect } from '../support/fixtures';

test('header menus work from the keyboard: arrows move, Escape closes and returns focus', async ({
  api,
  inbox,
  page,
}) => {
  const target = await api.pickWhere('conversations in progress', (c) => c.status === 'in_progress', 6);
  await inbox.goto(`/conversations/${target.id}`);
  const button = inbox.headerButton('More actions');
  await expect(button).toHaveAttribute('aria-haspopup', 'menu');
  await expect(button).toHaveAttribute('aria-expanded', 'false');

  await button.focus();
  await page.keyboard.press('Enter');
  const menu = inbox.menu('More actions');
  await expect(menu).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const items = menu.getByRole('menuitem');
  await expect(items.first()).toBeFocused();
  await expect(items.first()).toHaveAccessibleName('Mark unread');

  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Read without reply', exact: true })).toBeFocused();
  await page.keyboard.press('End');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(items.last()).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');

  // ArrowUp on the button opens the menu on its last item; a click elsewhere closes it.
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem').last()).toBeFocused();
  await inbox.log.click();
  await expect(menu).toHaveCount(0);
});
