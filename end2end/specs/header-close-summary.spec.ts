import { test as plain, expect } from '../support/fixtures';
import { test as withStub } from '../support/ai_server';
import { PROVIDER_DOWN } from '../support/provider_stub';
import type { Api, ConversationId, ConversationSummary } from '../support/api';

// "Start from an AI summary" in the closing-note dialog (closing notes are optional in
// the demo). Against the AI test server its model is the local stub, which summarises as
// `Stub summary: <the customer's first line>` and fails on a transcript holding
// PROVIDER_DOWN; the suite's own server has no AI provider at all.

/** The closing activity entries' notes of a conversation. */
async function closings(api: Api, id: ConversationId) {
  return (await api.messages(id))
    .filter((m) => m.content.type === 'activity' && m.content.change?.kind === 'closed')
    .map((m) => m.content.change?.note ?? null);
}

/** An active conversation where the customer wrote text, its contact's name unique. */
async function pickActive(api: Api, index: number): Promise<ConversationSummary> {
  return api.pickWhere(
    'active conversations',
    (c) => ['open', 'in_progress'].includes(c.status) && !c.contact_blocked,
    index,
  );
}

withStub('the AI summary starts the closing note, edited, then the conversation closes with it', async ({
  api,
  inbox,
}) => {
  const target = await pickActive(api, 0);
  await inbox.goto(`/conversations/${target.id}`);
  await inbox.headerButton('Close conversation').click();
  const dialog = inbox.dialog('Close conversation');
  const note = dialog.getByRole('textbox', { name: 'Closing note' });
  await dialog.getByRole('textbox', { name: 'Closing note' }).fill('Checked the order.');

  // The summary goes after what was written.
  await dialog.getByRole('button', { name: 'Start from an AI summary' }).click();
  await expect(note).toHaveValue(/^Checked the order\.\n\nStub summary: .+/);
  const summarised = await note.inputValue();
  const edited = `${summarised}\nRefund approved.`;
  await note.fill(edited);
  await dialog.getByRole('combobox', { name: 'Category' }).selectOption('Refund issued');
  expect((await api.conversation(target.id)).conversation.status).not.toBe('closed');

  await dialog.getByRole('button', { name: 'Close conversation', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(inbox.headerButton('Status: Closed')).toBeVisible();
  expect((await api.conversation(target.id)).conversation.status).toBe('closed');
  expect(await closings(api, target.id)).toContainEqual({ category: 'Refund issued', text: edited });
});

withStub('a failing AI provider is said in the dialog; the note stays as written', async ({ api, inbox }) => {
  const target = await pickActive(api, 1);
  await api.inbound(target.id, `${PROVIDER_DOWN}: please call me`);
  await inbox.goto(`/conversations/${target.id}`);
  await inbox.headerButton('Close conversation').click();
  const dialog = inbox.dialog('Close conversation');
  const note = dialog.getByRole('textbox', { name: 'Closing note' });
  await note.fill('Kept as typed');
  const summarise = dialog.getByRole('button', { name: 'Start from an AI summary' });
  // With the keyboard.
  await summarise.focus();
  await inbox.page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toContainText('Could not summarise the conversation');
  await expect(note).toHaveValue('Kept as typed');
  await expect(summarise).toBeEnabled();

  // Cancel: nothing closed.
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(inbox.headerButton('Close conversation')).toBeFocused();
  expect((await api.conversation(target.id)).conversation.status).not.toBe('closed');
});

plain('without an AI provider, the summary says so and the note can still be written by hand', async ({
  api,
  inbox,
}) => {
  const target = await pickActive(api, 5);
  await inbox.goto(`/conversations/${target.id}`);
  await inbox.headerButton('Close conversation').click();
  const dialog = inbox.dialog('Close conversation');
  await dialog.getByRole('button', { name: 'Start from an AI summary' }).click();
  await expect(dialog.getByRole('status')).toContainText('Could not summarise the conversation');
  await expect(dialog.getByRole('textbox', { name: 'Closing note' })).toHaveValue('');
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  expect((await api.conversation(target.id)).conversation.status).not.toBe('closed');
});
