import { uniqueText } from '../support/api';
import { test, expect, localSlot, section, watchRequests } from '../support/plan';

test('Tasks: overdue and upcoming are listed apart; a new task is saved with its date and time; done and undone', async ({
  api,
  plan,
  inbox,
  page,
}) => {
  const row = await api.pickRow(() => true, 4);
  const contact = row.contact.id;
  const hour = 3_600_000;
  const late = await plan.addTask(contact, uniqueText('Send the invoice'), new Date(Date.now() - 2 * hour), row.id);
  const soon = await plan.addTask(contact, uniqueText('Call about the delivery'), new Date(Date.now() + 5 * hour), row.id);

  await inbox.goto(`/conversations/${row.id}`);
  const tasks = section(inbox, 'Tasks');
  const overdue = tasks.getByRole('list', { name: 'Overdue', exact: true });
  const upcoming = tasks.getByRole('list', { name: 'Upcoming', exact: true });
  const done = tasks.getByRole('list', { name: 'Done', exact: true });
  // Overdue in words as well as in colour.
  await expect(overdue.getByRole('listitem').filter({ hasText: late.description })).toContainText('Overdue since');
  await expect(upcoming.getByRole('listitem').filter({ hasText: soon.description })).toContainText('Due ');
  await expect(upcoming).not.toContainText(late.description);

  // A new task, by keyboard: the form opens on the description.
  const slot = await localSlot(page, 1, 10, 30);
  const description = uniqueText('Prepare the quote');
  const add = tasks.getByRole('button', { name: 'New task', exact: true });
  await add.focus();
  await page.keyboard.press('Enter');
  const form = tasks.getByRole('form', { name: 'New task' });
  await expect(form.getByLabel('Task', { exact: true })).toBeFocused();
  await page.keyboard.type(description);
  await form.getByLabel('Date', { exact: true }).fill(slot.date);
  await form.getByLabel('Time', { exact: true }).fill(slot.time);
  await form.getByRole('button', { name: 'Add task', exact: true }).click();
  await expect(form).toBeHidden();
  await expect(add).toBeFocused();

  const made = (await plan.tasks(contact)).find((t) => t.description === description);
  expect(made, 'the server has the new task').toBeDefined();
  expect(Date.parse(made!.due_at)).toBe(Date.parse(slot.iso));
  expect(made!.done).toBe(false);
  expect(made!.conversation_id).toBe(row.id);
  await expect(upcoming.getByRole('listitem').filter({ hasText: description })).toBeVisible();

  // Done: the checkbox named by the task; it moves to Done and keeps the focus.
  const box = tasks.getByRole('checkbox', { name: description, exact: true });
  await box.focus();
  await page.keyboard.press('Space');
  await expect(done.getByRole('checkbox', { name: description, exact: true })).toBeChecked();
  await expect(tasks.getByRole('checkbox', { name: description, exact: true })).toBeFocused();
  await expect.poll(async () => (await plan.tasks(contact)).find((t) => t.id === made!.id)?.done).toBe(true);
  await expect(upcoming).not.toContainText(description);

  // The overdue one is done too, then not done again: back among the overdue. (A click,
  // not `check()`: the checkbox is drawn again in its new group, and Playwright's check
  // would look for the state change on the old one.)
  await overdue.getByRole('checkbox', { name: late.description, exact: true }).click();
  await expect(done.getByRole('checkbox', { name: late.description, exact: true })).toBeChecked();
  await expect.poll(async () => (await plan.tasks(contact)).find((t) => t.id === late.id)?.done).toBe(true);
  await done.getByRole('checkbox', { name: late.description, exact: true }).click();
  await expect(overdue.getByRole('checkbox', { name: late.description, exact: true })).not.toBeChecked();
  await expect.poll(async () => (await plan.tasks(contact)).find((t) => t.id === late.id)?.done).toBe(false);
});

test('a task without a description, or due in the past, is refused with a message and nothing is saved', async ({
  api,
  plan,
  inbox,
  page,
}) => {
  const row = await api.pickRow(() => true, 5);
  const contact = row.contact.id;
  const before = await plan.tasks(contact);
  const posts = watchRequests(page, 'POST', '/tasks');
  await inbox.goto(`/conversations/${row.id}`);
  const tasks = section(inbox, 'Tasks');
  const add = tasks.getByRole('button', { name: 'New task', exact: true });
  await add.click();
  const form = tasks.getByRole('form', { name: 'New task' });
  const problem = form.getByRole('alert');
  const text = form.getByLabel('Task', { exact: true });

  await form.getByRole('button', { name: 'Add task', exact: true }).click();
  await expect(problem).toHaveText('Write something first.');
  await expect(text).toHaveAttribute('aria-invalid', 'true');

  const yesterday = await localSlot(page, -1, 9, 0);
  await text.fill(uniqueText('Too late'));
  await form.getByLabel('Date', { exact: true }).fill(yesterday.date);
  await form.getByLabel('Time', { exact: true }).fill(yesterday.time);
  await form.getByRole('button', { name: 'Add task', exact: true }).click();
  await expect(problem).toHaveText('Choose a time in the future.');
  await expect(form.getByLabel('Time', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  await form.getByLabel('Date', { exact: true }).fill('');
  await form.getByRole('button', { name: 'Add task', exact: true }).click();
  await expect(problem).toHaveText('Choose a date.');

  // Escape closes the form and gives the focus back.
  await text.press('Escape');
  await expect(form).toBeHidden();
  await expect(add).toBeFocused();
  expect(posts).toEqual([]);
  expect(await plan.tasks(contact)).toEqual(before);
});
