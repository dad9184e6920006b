import { test, expect } from '../support/fixtures';
import { Api, FullMessage, RowSummary, uniqueText } from '../support/api';
import { refuseNextSend } from '../support/refusals';

/** A conversation on `channels` with a customer's text message, and that message. */
async function customerText(
  api: Api,
  channels: string[],
  skip: number,
): Promise<{ row: RowSummary; message: FullMessage }> {
  let seen = 0;
  for (const channel of channels) {
    const rows = (await api.conversations(200)) as RowSummary[];
    for (const row of rows.filter((c) => c.channel === channel && !c.contact_blocked && !c.archived)) {
      const history = await api.fullMessages(row.id);
      const message = history.find(
        (m) => m.author.kind === 'contact' && m.content.type === 'text' && String(m.content.text ?? '').length > 3,
      );
      if (message && seen++ === skip) return { row, message };
    }
  }
  throw new Error(`the demo data has no ${channels.join('/')} conversation with a customer's text`);
}

test('Quote in reply: the reply carries the quote, on screen and on the server', async ({ api, inbox }) => {
  const { row, message } = await customerText(api, ['telegram', 'whatsapp'], 1);
  const entry = await inbox.openMessage(message, { live: true });
  await entry.getByRole('button', { name: 'Quote in reply', exact: true }).click();

  const quote = inbox.composer.getByRole('group', { name: 'Replying to', exact: true });
  await expect(quote).toContainText(String(message.content.text).slice(0, 20));
  await expect(inbox.messageBox).toBeFocused();

  const text = uniqueText('e2e quoted reply');
  await inbox.messageBox.fill(text);
  await inbox.messageBox.press('Enter');
  await expect(quote).toHaveCount(0);
  const sent = inbox.message(text);
  await expect(sent).toHaveAttribute('data-message-id', /\d+/);
  await expect(sent.getByRole('button', { name: /^In reply to: / })).toHaveAttribute(
    'data-quoted-id',
    String(message.id),
  );
  const stored = (await api.fullMessages(row.id)).find((m) => m.content.text === text);
  expect(stored?.reply_to?.id).toBe(message.id);
});

test('on a network without quotes a reply says why; a note can still quote', async ({ api, inbox }) => {
  const { row, message } = await customerText(api, ['viber', 'instagram', 'facebook', 'webchat'], 0);
  const entry = await inbox.openMessage(message);
  const quoteButton = entry.getByRole('button', { name: 'Quote in reply', exact: true });
  await quoteButton.click();
  await expect(inbox.composer.getByRole('status').filter({ hasText: 'only possible on WhatsApp and Telegram' })).toBeVisible();
  const quote = inbox.composer.getByRole('group', { name: 'Replying to', exact: true });
  await expect(quote).toHaveCount(0);

  await inbox.noteMode.click();
  await quoteButton.click();
  await expect(quote).toContainText(String(message.content.text).slice(0, 20));
  const note = uniqueText('e2e quoted note');
  const noteBox = inbox.composer.getByRole('textbox', { name: 'Note', exact: true });
  await noteBox.fill(note);
  await noteBox.press('Enter');
  await expect(inbox.message(note)).toHaveAttribute('data-message-id', /\d+/);
  await expect
    .poll(async () => (await api.fullMessages(row.id)).find((m) => m.content.text === note)?.reply_to?.id)
    .toBe(message.id);
});

test('Copy link to message puts its address on the clipboard, and the address opens it', async ({
  api,
  inbox,
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1:8080').origin;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const { row, message } = await customerText(api, ['email', 'viber', 'telegram'], 0);
  const entry = await inbox.openMessage(message);
  await entry.getByRole('button', { name: 'Copy link to message', exact: true }).click();
  const url = `${origin}/conversations/${row.id}/messages/${message.id}`;
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(url);

  await page.goto('/');
  await page.goto(url);
  const target = inbox.messageById(message.id);
  await expect(target).toBeInViewport();
  await expect(target).toHaveClass(/sb-message--highlight/);
});

test('a refused message goes back to the editor with Edit, quote included, and is sent from there', async ({
  api,
  inbox,
  page,
}) => {
  const { row, message } = await customerText(api, ['telegram', 'whatsapp'], 2);
  await inbox.openMessage(message, { live: true });
  await inbox.messageById(message.id).getByRole('button', { name: 'Quote in reply', exact: true }).click();
  const text = uniqueText('e2e refused then edited');
  // The backend refuses the first send (as a backend may: a rule the app cannot know).
  await refuseNextSend(page, row.id, 'the text breaks a workspace rule');
  await inbox.send(text, 'enter');
  const refused = inbox.messages.filter({ hasText: text });
  await expect(refused).toHaveAttribute('data-status', 'failed');
  await expect(refused).toContainText('the text breaks a workspace rule');

  await refused.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(refused).toHaveCount(0);
  await expect(inbox.messageBox).toHaveValue(text);
  await expect(inbox.composer.getByRole('group', { name: 'Replying to', exact: true })).toBeVisible();
  await inbox.messageBox.press('End');
  await inbox.messageBox.pressSequentially(' (edited)');
  await inbox.messageBox.press('Enter');
  const edited = `${text} (edited)`;
  await expect(inbox.message(edited)).toHaveAttribute('data-message-id', /\d+/);
  const stored = (await api.fullMessages(row.id)).filter((m) => String(m.content.text).startsWith(text));
  expect(stored.map((m) => m.content.text)).toEqual([edited]);
  expect(stored[0].reply_to?.id).toBe(message.id);
});
