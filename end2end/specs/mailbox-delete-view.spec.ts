import { test, expect } from '../support/fixtures';
import { uniqueText } from '../support/api';

test('deleting my view asks once, removes it from the chooser and goes back to All', async ({
  api,
  inbox,
  page,
}) => {
  const view = await api.createView(uniqueText('To delete'), { channels: ['viber'] });
  await inbox.gotoLive('/?channel=viber');
  const del = page.getByRole('button', { name: 'Delete view', exact: true });
  // Only a view of mine on screen can be deleted.
  await expect(del).toHaveCount(0);
  await inbox.mailboxMenu().selectOption(`view:${view.id}`);
  await expect(del).toBeVisible();

  // Cancel keeps it.
  const form = page.getByRole('form', { name: 'Delete view', exact: true });
  await del.click();
  await expect(form).toContainText(view.name);
  await form.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(form).toBeHidden();
  expect((await api.views()).some((v) => v.id === view.id)).toBe(true);

  await del.click();
  await form.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page).not.toHaveURL(/mailbox=/);
  // The filters stay.
  await expect(page).toHaveURL(/[?&]channel=viber/);
  await expect(inbox.mailboxMenu()).toHaveValue('all');
  await expect(inbox.mailboxMenu().locator(`option[value="view:${view.id}"]`)).toHaveCount(0);
  await expect(del).toHaveCount(0);
  expect((await api.views()).some((v) => v.id === view.id)).toBe(false);
});
