import { test, expect } from '../support/fixtures';
import type { InboxPage } from '../pages/inbox';
import { escapeRegExp } from '../support/api';

// `New message` with a template (sent as a template, with its parameters) and with files,
// and the rule that a client with an open conversation is written to there (or by email).

/** Opens the dialog from the chat list's header. */
async function openDialog(inbox: InboxPage) {
  await inbox.page.getByRole('button', { name: 'New message', exact: true }).click();
  const dialog = inbox.dialog('New message');
  await expect(dialog).toBeVisible();
  return dialog;
}

function uniquePhone(): string {
  return `+48 600 ${`${Date.now()}${Math.floor(Math.random() * 1000)}`.slice(-6)}`;
}

/** The id of the conversation the page shows. */
function openId(url: string): number {
  return Number(/\/conversations\/(\d+)/.exec(url)?.[1]);
}

test('a template with its parameter, to a new client on WhatsApp', async ({ api, inbox, page }) => {
  const templates = await api.templates('whatsapp');
  const template = templates.find((t) => t.approved && (t.params?.length ?? 0) > 0) ?? templates.find((t) => t.approved);
  if (!template) throw new Error('the demo data needs an approved WhatsApp template');
  await inbox.goto('/');
  const dialog = await openDialog(inbox);
  await dialog.getByRole('textbox', { name: 'New client: phone or email' }).fill(uniquePhone());
  await dialog.getByRole('button', { name: 'Create client' }).click();
  await expect(dialog.getByRole('combobox', { name: 'Channel' })).toHaveValue('whatsapp');
  await dialog.getByRole('checkbox').first().check();

  await dialog.getByRole('combobox', { name: 'Template' }).selectOption({ label: template.name });
  // A template is sent as it is: no text box, its text shown.
  await expect(dialog.getByRole('textbox', { name: 'Message text' })).toHaveCount(0);
  const params = template.params ?? [];
  if (params.length > 0) {
    // An empty parameter is refused, nothing sent.
    await dialog.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(dialog.getByText(`Fill in the template’s “${params[0]}”.`)).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: params[0], exact: true })).toHaveAttribute('aria-invalid', 'true');
    for (const p of params) await dialog.getByRole('textbox', { name: p, exact: true }).fill(`E2E-${p}`);
  }
  await dialog.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/conversations\/\d+/);
  const id = openId(page.url());
  expect((await api.conversation(id)).conversation.channel).toBe('whatsapp');
  const sent = (await api.fullMessages(id)).find((m) => m.author.kind === 'agent');
  expect(sent?.content).toMatchObject({ type: 'template', name: template.name });
  if (params.length > 0) expect(String(sent?.content.text)).toContain(`E2E-${params[0]}`);
});

test('files, uploaded in the dialog, go with the first message', async ({ api, inbox, page }) => {
  await inbox.goto('/');
  const dialog = await openDialog(inbox);
  await dialog.getByRole('textbox', { name: 'New client: phone or email' }).fill(uniquePhone());
  await dialog.getByRole('button', { name: 'Create client' }).click();
  await expect(dialog.getByRole('combobox', { name: 'Channel' })).toHaveValue('whatsapp');
  // Viber instead.
  await dialog.getByRole('combobox', { name: 'Channel' }).selectOption('viber');
  await dialog.getByRole('checkbox').nth(1).check();

  await dialog.getByLabel('Attach files').setInputFiles([
    { name: 'price-list.txt', mimeType: 'text/plain', buffer: Buffer.from('prices') },
    { name: 'extra.txt', mimeType: 'text/plain', buffer: Buffer.from('extra') },
  ]);
  const files = dialog.getByRole('list', { name: 'Attached files' });
  await expect(files.getByRole('listitem')).toHaveCount(2);
  await files.getByRole('button', { name: 'Remove extra.txt' }).click();
  await expect(files.getByRole('listitem')).toHaveCount(1);
  // Files alone are something to send.
  await dialog.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/conversations\/\d+/);
  const id = openId(page.url());
  expect((await api.conversation(id)).conversation.channel).toBe('viber');
  const sent = (await api.fullMessages(id)).find((m) => m.author.kind === 'agent');
  expect(sent?.attachments?.map((a) => a.name)).toEqual(['price-list.txt']);
});

test('a client with an open conversation: only email, or open that conversation', async ({ api, inbox, page }) => {
  const target = await api.pickRow((c) => c.status === 'open' && c.channel !== 'email', 3);
  const before = (await api.counts()).all;
  const r = await api.call('GET', `/api/v1/contacts?q=${encodeURIComponent(target.contact.name)}`);
  const match = (r.body as { items: { contact: { id: number }; open_conversation?: number }[] }).items.find(
    (m) => m.contact.id === target.contact.id,
  );
  expect(match?.open_conversation).toBeTruthy();
  await inbox.goto('/');
  const dialog = await openDialog(inbox);
  await dialog.getByRole('searchbox', { name: 'Find a client' }).fill(target.contact.name);
  const option = dialog
    .getByRole('radiogroup', { name: 'Clients found' })
    .getByRole('radio', { name: new RegExp(`^${escapeRegExp(target.contact.name)}.*has an open conversation`) })
    .first();
  await option.check();
  await dialog.getByRole('checkbox').first().check();
  const channel = dialog.getByRole('combobox', { name: 'Channel' });
  const reachable = await channel.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  const other = reachable.find((v) => v && v !== 'email');
  if (!other) throw new Error('the client needs a non-email channel');
  await channel.selectOption(other);
  await dialog.getByRole('textbox', { name: 'Message text' }).fill('Hello again');
  await dialog.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(
    dialog.getByText('This client already has an open conversation: write there, or choose email.'),
  ).toBeVisible();
  await expect(channel).toHaveAttribute('aria-invalid', 'true');
  expect((await api.counts()).all).toBe(before);

  await dialog.getByRole('button', { name: 'Open that conversation' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/conversations/${match?.open_conversation}(\\?.*)?$`));
});
