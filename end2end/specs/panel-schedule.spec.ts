import { uniqueText } from '../support/api';
import { test, expect, localSlot, section, watchRequests } from '../support/plan';

test('a reminder about this chat and a calendar event are saved and listed', async ({ api, plan, inbox, page }) => {
  const row = await api.pickRow(() => true, 8);
  await inbox.goto(`/conversations/${row.id}`);
  const schedule = section(inbox, 'Reminders and events');
  const reminders = schedule.getByRole('list', { name: 'Reminders', exact: true });
  const events = schedule.getByRole('list', { name: 'Calendar events', exact: true });

  // A reminder, by keyboard: the form opens on its text.
  const at = await localSlot(page, 2, 9, 15);
  const text = uniqueText('Ask whether the parcel arrived');
  const newReminder = schedule.getByRole('button', { name: 'New reminder', exact: true });
  await newReminder.focus();
  await page.keyboard.press('Enter');
  const reminderForm = schedule.getByRole('form', { name: 'New reminder' });
  await expect(reminderForm.getByLabel('Remind me to', { exact: true })).toBeFocused();
  await page.keyboard.type(text);
  await reminderForm.getByLabel('Date', { exact: true }).fill(at.date);
  await reminderForm.getByLabel('Time', { exact: true }).fill(at.time);
  await reminderForm.getByRole('button', { name: 'Set reminder', exact: true }).click();
  await expect(reminderForm).toBeHidden();
  await expect(newReminder).toBeFocused();
  const reminder = (await plan.reminders(row.id)).find((r) => r.text === text);
  expect(reminder, 'the server has the reminder').toBeDefined();
  expect(Date.parse(reminder!.at)).toBe(Date.parse(at.iso));
  await expect(reminders.getByRole('listitem').filter({ hasText: text })).toBeVisible();

  // An event in the calendar, from 14:00 to 15:30 in three days.
  const start = await localSlot(page, 3, 14, 0);
  const end = await localSlot(page, 3, 15, 30);
  const title = uniqueText('Product demo');
  const newEvent = schedule.getByRole('button', { name: 'New event', exact: true });
  await newEvent.click();
  const eventForm = schedule.getByRole('form', { name: 'New event' });
  await expect(eventForm.getByLabel('Title', { exact: true })).toBeFocused();
  await eventForm.getByLabel('Title', { exact: true }).fill(title);
  await eventForm.getByLabel('Date', { exact: true }).fill(start.date);
  await eventForm.getByLabel('Starts', { exact: true }).fill(start.time);
  await eventForm.getByLabel('Ends', { exact: true }).fill(end.time);
  await eventForm.getByRole('button', { name: 'Add event', exact: true }).click();
  await expect(eventForm).toBeHidden();
  await expect(newEvent).toBeFocused();
  const event = (await plan.calendar(row.id)).find((e) => e.title === title);
  expect(event, 'the server has the event').toBeDefined();
  expect(Date.parse(event!.starts_at)).toBe(Date.parse(start.iso));
  expect(Date.parse(event!.ends_at)).toBe(Date.parse(end.iso));
  await expect(events.getByRole('listitem').filter({ hasText: title })).toBeVisible();

  // Both lists come back from the server on a fresh load.
  await inbox.goto(`/conversations/${row.id}`);
  await expect(reminders.getByRole('listitem').filter({ hasText: text })).toBeVisible();
  await expect(events.getByRole('listitem').filter({ hasText: title })).toBeVisible();
});

test('a past reminder and an event ending before it starts are refused with a message; nothing is saved', async ({
  api,
  plan,
  inbox,
  page,
}) => {
  const row = await api.pickRow(() => true, 9);
  const [reminders, events] = [await plan.reminders(row.id), await plan.calendar(row.id)];
  const posts = watchRequests(page, 'POST', /\/(reminders|calendar-events)$/);
  await inbox.goto(`/conversations/${row.id}`);
  const schedule = section(inbox, 'Reminders and events');

  const yesterday = await localSlot(page, -1, 9, 0);
  await schedule.getByRole('button', { name: 'New reminder', exact: true }).click();
  const reminderForm = schedule.getByRole('form', { name: 'New reminder' });
  await reminderForm.getByLabel('Remind me to', { exact: true }).fill(uniqueText('Too late'));
  await reminderForm.getByLabel('Date', { exact: true }).fill(yesterday.date);
  await reminderForm.getByLabel('Time', { exact: true }).fill(yesterday.time);
  await reminderForm.getByRole('button', { name: 'Set reminder', exact: true }).click();
  await expect(reminderForm.getByRole('alert')).toHaveText('Choose a time in the future.');
  await reminderForm.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(reminderForm).toBeHidden();

  const day = await localSlot(page, 1, 0, 0);
  await schedule.getByRole('button', { name: 'New event', exact: true }).click();
  const eventForm = schedule.getByRole('form', { name: 'New event' });
  await eventForm.getByLabel('Title', { exact: true }).fill(uniqueText('Backwards'));
  await eventForm.getByLabel('Date', { exact: true }).fill(day.date);
  await eventForm.getByLabel('Starts', { exact: true }).fill('16:00');
  await eventForm.getByLabel('Ends', { exact: true }).fill('15:00');
  await eventForm.getByRole('button', { name: 'Add event', exact: true }).click();
  await expect(eventForm.getByRole('alert')).toHaveText('The end must be after the start.');
  await expect(eventForm.getByLabel('Ends', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await eventForm.getByLabel('Title', { exact: true }).fill('');
  await eventForm.getByRole('button', { name: 'Add event', exact: true }).click();
  await expect(eventForm.getByRole('alert')).toHaveText('Write something first.');
  await eventForm.getByLabel('Title', { exact: true }).press('Escape');
  await expect(eventForm).toBeHidden();

  expect(posts).toEqual([]);
  expect(await plan.reminders(row.id)).toEqual(reminders);
  expect(await plan.calendar(row.id)).toEqual(events);
});
