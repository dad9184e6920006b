import { uniqueText } from '../support/api';
import { test, expect, section, watchRequests } from '../support/plan';

test('Notes: a note on the contact is saved and listed first, with its author and time', async ({
  api,
  plan,
  inbox,
  page,
}) => {
  const row = await api.pickRow(() => true, 6);
  const contact = row.contact.id;
  const { agent } = await api.me();
  await inbox.goto(`/conversations/${row.id}`);
  const notes = section(inbox, 'Notes');
  const box = notes.getByRole('textbox', { name: 'New note', exact: true });
  const first = uniqueText('Prefers calls after 6 pm');
  const second = uniqueText('Asked for the wholesale price list');

  await box.fill(first);
  await notes.getByRole('button', { name: 'Add note', exact: true }).click();
  await expect(box).toHaveValue('');
  // By keyboard: Tab from the field to the button, Enter.
  await box.fill(second);
  await page.keyboard.press('Tab');
  await expect(notes.getByRole('button', { name: 'Add note', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(box).toHaveValue('');

  const stored = await plan.notes(contact);
  const a = stored.find((n) => n.text === first);
  const b = stored.find((n) => n.text === second);
  expect(a, 'the server has the first note').toBeDefined();
  expect(b, 'the server has the second note').toBeDefined();
  expect(a!.author_name).toBe(agent.name);
  expect(Date.now() - Date.parse(b!.created_at)).toBeLessThan(60_000);

  const list = notes.getByRole('list', { name: 'Notes', exact: true });
  const items = list.getByRole('listitem');
  // Newest first.
  await expect(items.nth(0)).toContainText(second);
  await expect(items.nth(1)).toContainText(first);
  await expect(items.nth(0)).toContainText(agent.name);
  const time = items.nth(0).locator('time');
  await expect(time).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  expect(Date.parse((await time.getAttribute('datetime'))!)).toBe(Date.parse(b!.created_at));
  await expect(time).not.toBeEmpty();
});

test('an empty note is refused with a message and nothing is saved', async ({ api, plan, inbox, page }) => {
  const row = await api.pickRow(() => true, 7);
  const before = await plan.notes(row.contact.id);
  const posts = watchRequests(page, 'POST', '/notes');
  await inbox.goto(`/conversations/${row.id}`);
  const notes = section(inbox, 'Notes');
  const box = notes.getByRole('textbox', { name: 'New note', exact: true });
  await box.fill('   ');
  await notes.getByRole('button', { name: 'Add note', exact: true }).click();
  await expect(notes.getByRole('alert').filter({ hasText: 'Write something first.' })).toBeVisible();
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  expect(posts).toEqual([]);
  expect(await plan.notes(row.contact.id)).toEqual(before);
});
