import { test, expect } from '../support/fixtures';
import type { Api, ConversationId } from '../support/api';

/** The conversation's status, as the server has it. */
async function status(api: Api, id: ConversationId): Promise<string> {
  return (await api.conversation(id)).conversation.status;
}

/** The closing activity entries of a conversation (their notes). */
async function closings(api: Api, id: ConversationId) {
  return (await api.messages(id))
    .filter((m) => m.content.type === 'activity' && m.content.change?.kind === 'closed')
    .map((m) => m.content.change?.note ?? null);
}

const inProgress = (c: { status: string }) => c.status === 'in_progress';

test('closing with a closing note (optional in the demo) stores the note', async ({ api, inbox }) => {
  const target = await api.pickWhere('conversations in progress', inProgress, 0);
  await inbox.goto(`/conversations/${target.id}`);

  await inbox.headerButton('Close conversation').click();
  const dialog = inbox.dialog('Close conversation');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('A closing note is optional.');
  await dialog.getByRole('combobox', { name: 'Category' }).selectOption('Refund issued');
  await dialog.getByRole('textbox', { name: 'Closing note' }).fill('Refund sent, customer happy');
  await dialog.getByRole('button', { name: 'Close conversation', exact: true }).click();

  await expect(dialog).toBeHidden();
  await expect(inbox.headerButton('Status: Closed')).toBeVisible();
  expect(await status(api, target.id)).toBe('closed');
  expect(await closings(api, target.id)).toContainEqual({
    category: 'Refund issued',
    text: 'Refund sent, customer happy',
  });
});

test('an optional closing note can be skipped, but not half written', async ({ api, inbox }) => {
  const target = await api.pickWhere('conversations in progress', inProgress, 1);
  const before = await closings(api, target.id);
  await inbox.goto(`/conversations/${target.id}`);

  await inbox.headerButton('Close conversation').click();
  const dialog = inbox.dialog('Close conversation');
  // Text without a category: the form says what is missing and nothing is sent.
  await dialog.getByRole('textbox', { name: 'Closing note' }).fill('no category');
  await dialog.getByRole('button', { name: 'Close conversation', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Choose a category.');
  await expect(dialog.getByRole('combobox', { name: 'Category' })).toHaveAttribute('aria-invalid', 'true');
  expect(await status(api, target.id)).toBe('in_progress');

  // Emptied, it closes without a note.
  await dialog.getByRole('textbox', { name: 'Closing note' }).fill('');
  await dialog.getByRole('button', { name: 'Close conversation', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(inbox.headerButton('Status: Closed')).toBeVisible();
  expect(await status(api, target.id)).toBe('closed');
  expect(await closings(api, target.id)).toEqual([...before, null]);
});

test('mandatory closing notes need a category and text', async ({ api, inbox, page }) => {
  // The workspace setting, as a server configured for mandatory notes would send it.
  await page.route('**/api/v1/session', async (route) => {
    const response = await route.fetch();
    const session = await response.json();
    session.settings.closing_notes = 'mandatory';
    await route.fulfill({ response, json: session });
  });
  const target = await api.pickWhere('conversations in progress', inProgress, 2);
  await inbox.goto(`/conversations/${target.id}`);

  await inbox.headerButton('Close conversation').click();
  const dialog = inbox.dialog('Close conversation');
  await expect(dialog).toContainText('A category and a closing note are required.');
  const close = dialog.getByRole('button', { name: 'Close conversation', exact: true });
  await close.click();
  await expect(dialog.getByRole('alert')).toHaveText('Choose a category.');
  await dialog.getByRole('combobox', { name: 'Category' }).selectOption('Resolved');
  await close.click();
  await expect(dialog.getByRole('alert')).toHaveText('Write a closing note.');
  await expect(dialog.getByRole('textbox', { name: 'Closing note' })).toHaveAttribute('aria-invalid', 'true');
  expect(await status(api, target.id)).toBe('in_progress');

  await dialog.getByRole('textbox', { name: 'Closing note' }).fill('Answered every question');
  await close.click();
  await expect(dialog).toBeHidden();
  expect(await status(api, target.id)).toBe('closed');
  expect(await closings(api, target.id)).toContainEqual({
    category: 'Resolved',
    text: 'Answered every question',
  });
});

test("the server's refusal to close is shown in the dialog and changes nothing", async ({
  api,
  inbox,
  page,
}) => {
  const target = await api.pickWhere('conversations in progress', inProgress, 3);
  // A server whose setting turned mandatory after the app loaded refuses like this.
  await page.route(`**/api/v1/conversations/${target.id}/actions`, (route) =>
    route.fulfill({
      status: 422,
      json: { code: 'invalid', message: 'a closing note is mandatory' },
    }),
  );
  await inbox.goto(`/conversations/${target.id}`);

  await inbox.headerButton('Close conversation').click();
  const dialog = inbox.dialog('Close conversation');
  await dialog.getByRole('button', { name: 'Close conversation', exact: true }).click();

  await expect(dialog.getByRole('alert')).toContainText('a closing note is mandatory');
  await expect(dialog).toBeVisible();
  await expect(page.locator('.sb-notice')).toContainText('a closing note is mandatory');
  await expect(inbox.headerButton('Status: In progress')).toBeVisible();
  expect(await status(api, target.id)).toBe('in_progress');
});
