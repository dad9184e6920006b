import { test, expect } from '../support/fixtures';

// A fixed zone with daylight saving, so "tomorrow 9:00" is a real local-time computation.
test.use({ timezoneId: 'Europe/Kyiv' });

test('snoozing until tomorrow sets the time on the server, and the banner unsnoozes', async ({
  api,
  inbox,
  page,
}) => {
  const target = await api.pickWhere('open conversations', (c) => c.status === 'open', 1);
  await inbox.goto(`/conversations/${target.id}`);

  const menu = await inbox.openMenu('Snooze');
  await menu.getByRole('menuitem', { name: 'Tomorrow', exact: true }).click();

  await expect(inbox.headerButton('Status: Snoozed')).toBeVisible();
  const after = (await api.conversation(target.id)).conversation;
  expect(after.status).toBe('snoozed');
  expect(after.snoozed_until).toBeTruthy();
  // Tomorrow at 9:00 on the agent's (browser's) clock.
  const local = await page.evaluate((iso) => {
    const t = new Date(iso);
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    return {
      sameDay: t.toDateString() === tomorrow.toDateString(),
      hours: t.getHours(),
      minutes: t.getMinutes(),
    };
  }, after.snoozed_until as string);
  expect(local).toEqual({ sameDay: true, hours: 9, minutes: 0 });

  const banners = inbox.banners();
  await expect(banners).toContainText('Snoozed until');
  await banners.getByRole('button', { name: 'Unsnooze', exact: true }).click();
  await expect(inbox.headerButton('Status: Open')).toBeVisible();
  await expect(banners).not.toContainText('Snoozed until');
  expect((await api.conversation(target.id)).conversation.status).toBe('open');
});

test('snoozing until a chosen date and time', async ({ api, inbox, page }) => {
  const target = await api.pickWhere('open conversations', (c) => c.status === 'open', 2);
  await inbox.goto(`/conversations/${target.id}`);
  const year = new Date().getFullYear() + 1;
  const chosen = `${year}-03-15T10:30`;

  const menu = await inbox.openMenu('Snooze');
  await menu.getByRole('menuitem', { name: 'Pick a date and time…', exact: true }).click();
  const dialog = inbox.dialog('Snooze until');
  await expect(dialog).toBeVisible();
  // The past is refused by the form, and nothing is sent.
  await dialog.getByLabel('Snooze until').fill('2001-01-01T09:00');
  await dialog.getByRole('button', { name: 'Snooze', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Choose a time in the future.');
  expect((await api.conversation(target.id)).conversation.status).toBe('open');

  await dialog.getByLabel('Snooze until').fill(chosen);
  await dialog.getByRole('button', { name: 'Snooze', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(inbox.headerButton('Status: Snoozed')).toBeVisible();
  const until = (await api.conversation(target.id)).conversation.snoozed_until as string;
  const expected = await page.evaluate((t) => new Date(t).toISOString(), chosen);
  expect(new Date(until).toISOString()).toBe(expected);
});

test('snoozing is off, with the reason, for a closed conversation', async ({ api, inbox }) => {
  const target = await api.pickWhere('closed conversations', (c) => c.status === 'closed', 1);
  await inbox.goto(`/conversations/${target.id}`);
  const snooze = inbox.headerButton('Snooze');
  await expect(snooze).toHaveAttribute('aria-disabled', 'true');
  await expect(snooze).toHaveAccessibleDescription(
    'A closed conversation cannot be snoozed: reopen it first.',
  );
  // Disabled but focusable (so the reason can be read): Enter opens nothing.
  await snooze.focus();
  await inbox.page.keyboard.press('Enter');
  await expect(snooze).toHaveAttribute('aria-expanded', 'false');
  await expect(inbox.menu('Snooze')).toHaveCount(0);
});
