import { test, expect } from '../support/fixtures';
import { Api, RowSummary, uniqueText } from '../support/api';

/** An open conversation (not on `not`) whose contact can also be reached by email. */
async function reachableByEmail(api: Api, not: string): Promise<RowSummary> {
  const rows = (await api.conversations(200)) as RowSummary[];
  for (const row of rows.filter((c) => c.channel !== not && !c.contact_blocked && !c.archived)) {
    const detail = await api.conversation(row.id);
    const channels = (detail.contact.channels ?? []).map((c) => c.channel);
    if (channels.includes('email') && row.status !== 'closed') return row;
  }
  throw new Error('the demo data has no conversation whose contact also has an email address');
}

test('a reply can go out on another of the contact\'s channels, by email with its own subject', async ({
  api,
  inbox,
}) => {
  const row = await reachableByEmail(api, 'email');
  await inbox.goto(`/conversations/${row.id}`);
  const replyOn = inbox.composer.getByRole('combobox', { name: 'Reply on', exact: true });
  await expect(replyOn).toHaveValue(row.channel);
  await replyOn.selectOption('email');
  const subject = inbox.composer.getByRole('textbox', { name: 'Subject', exact: true });
  await expect(subject).toBeVisible();
  const line = uniqueText('e2e subject');
  await subject.fill(line);
  const text = uniqueText('e2e by email');
  await inbox.send(text);
  await expect(inbox.message(text)).toHaveAttribute('data-message-id', /\d+/);
  const stored = (await api.fullMessages(row.id)).find((m) => m.content.text === text);
  expect(stored?.content.type).toBe('email');
  expect(stored?.content.subject).toBe(line);
  // The choice belonged to that message's draft: the next one starts on the conversation's channel.
  await expect(replyOn).toHaveValue(row.channel);
  await expect(subject).toHaveCount(0);
});

test('an email reply keeps the thread: the subject is the thread\'s as Re:, and notes have no subject', async ({
  api,
  inbox,
}) => {
  const rows = (await api.conversations(200)) as RowSummary[];
  let row: RowSummary | undefined;
  let last = '';
  for (const r of rows.filter((c) => c.channel === 'email' && !c.contact_blocked && c.status !== 'closed')) {
    const emails = (await api.fullMessages(r.id)).filter((m) => m.content.type === 'email');
    if (emails.length > 0) {
      row = r;
      last = String(emails[emails.length - 1].content.subject);
      break;
    }
  }
  if (!row) throw new Error('the demo data has no email conversation with an email in it');
  const expected = /^re:/i.test(last) ? last : `Re: ${last}`;
  await inbox.goto(`/conversations/${row.id}`);
  const subject = inbox.composer.getByRole('textbox', { name: 'Subject', exact: true });
  await expect(subject).toHaveValue(expected);
  const text = uniqueText('e2e thread reply');
  await inbox.send(text);
  await expect(inbox.message(text)).toHaveAttribute('data-message-id', /\d+/);
  const stored = (await api.fullMessages(row.id)).find((m) => m.content.text === text);
  expect(stored?.content.subject).toBe(expected);

  await inbox.noteMode.click();
  await expect(subject).toHaveCount(0);
});
