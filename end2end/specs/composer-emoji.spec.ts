import { test, expect } from '../support/fixtures';
import { WritingAids } from '../pages/writing_aids';

test('the emoji picker searches, inserts at the caret and remembers recent ones', async ({ page, api, inbox }) => {
  const target = await api.pickWhere('conversations', (c) => !c.contact_blocked, 12);
  const aids = new WritingAids(inbox);
  await inbox.goto(`/conversations/${target.id}`);
  await inbox.messageBox.fill('Launch now');
  await inbox.messageBox.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(7, 7));

  await aids.emojiButton.click();
  const picker = aids.picker('Emoji');
  const search = aids.search('Search emoji');
  await expect(search).toBeFocused();
  // Nothing typed: the smileys, no recent ones yet.
  await expect(picker.getByRole('group', { name: 'Smileys' })).toBeVisible();
  await expect(picker.getByRole('group', { name: 'Recent' })).toHaveCount(0);

  await search.fill('rocket');
  const rocket = picker.getByRole('option', { name: 'rocket', exact: true });
  await expect(rocket).toHaveAttribute('aria-selected', 'true');
  await expect(search).toHaveAttribute('aria-activedescendant', (await rocket.getAttribute('id'))!);
  await search.press('Enter');
  await expect(picker).toBeHidden();
  await expect(inbox.messageBox).toHaveValue('Launch 🚀now');
  await expect(inbox.messageBox).toBeFocused();

  // Reopened, even after a reload: the rocket is among the recent ones.
  await page.reload();
  await expect(inbox.rows.first()).toBeVisible();
  await aids.emojiButton.click();
  const recent = aids.picker('Emoji').getByRole('group', { name: 'Recent' });
  await expect(recent.getByRole('option', { name: 'rocket', exact: true })).toBeVisible();
  // Escape closes the picker and gives the focus back.
  await aids.search('Search emoji').press('Escape');
  await expect(aids.picker('Emoji')).toBeHidden();
  await expect(inbox.messageBox).toBeFocused();
});
