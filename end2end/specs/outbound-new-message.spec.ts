import { test, expect } from '../support/fixtures';
import { escapeRegExp, type Api } from '../support/api';
import type { InboxPage } from '../pages/inbox';
import type { Contact } from '../support/contacts';

// `New message` (the button in the chat list's header): find or create a client, choose
// the channel and the thread's tags (the demo workspace requires at least one), send a
// text, files or a template; the new conversation opens. The server's state is read back.

interface Match {
  contact: { id: number; name: string };
  matched_by: string;
  channels: string[];
  open_conversation?: number;
}

/** `GET /contacts?q=`: the server's matches. */
async function search(api: Api, q: string): Promise<Match[]> {
  const r = await api.call('GET', `/api/v1/contacts?q=${encodeURIComponent(q)}`);
  expect(r.status).toBe(200);
  return (r.body as { items: Match[] }).items;
}

/** A unique email address and phone number for one test. */
function unique(): { email: string; phone: string } {
  const n = `${Date.now()}${Math.floor(Math.random() * 1000)}`.slice(-7);
  return { email: `e2e-${n}-${Math.random().toString(36).slice(2, 6)}@example.com`, phone: `+380 67 ${n}` };
}

/** Opens the dialog from the chat list's header. */
async function openDialog(inbox: InboxPage) {
  await inbox.list.page().getByRole('button', { name: 'New message', exact: true }).click();
  const dialog = inbox.dialog('New message');
  await expect(dialog).toBeVisible();
  return dialog;
}

test('a new client by email: bad values refused, tags required, the text sent, the conversation opens', async ({
  api,
  inbox,
  page,
}) => {
  const { email } = unique();
  await inbox.goto('/');
  const opener = page.getByRole('button', { name: 'New message', exact: true });
  const dialog = await openDialog(inbox);
  // Focus starts in the search box.
  await expect(dialog.getByRole('searchbox', { name: 'Find a client' })).toBeFocused();

  // Bad values are refused with a message, and no client is made.
  const newClient = dialog.getByRole('textbox', { name: 'New client: phone or email' });
  const create = dialog.getByRole('button', { name: 'Create client' });
  await create.click();
  await expect(dialog.getByRole('alert').first()).toHaveText('Type a phone number or an email.');
  await newClient.fill('e2e-bad@');
  await newClient.press('Enter');
  await expect(dialog.getByRole('alert').first()).toHaveText('This is not a valid email address.');
  await expect(newClient).toHaveAttribute('aria-invalid', 'true');
  await newClient.fill('12-34');
  await create.click();
  await expect(dialog.getByRole('alert').first()).toHaveText(
    'A phone number has 7 to 15 digits, like +380 67 123 45 67.',
  );
  expect(await search(api, 'e2e-bad@')).toEqual([]);

  // Sending with nobody chosen says so.
  await dialog.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(dialog.getByText('Choose a client or create one.')).toBeVisible();

  await newClient.fill(email);
  await create.click();
  await expect(dialog.getByRole('status').filter({ hasText: 'To:' })).toHaveText(`To: ${email}`);
  await expect(newClient).toHaveValue('');
  const created = await search(api, email);
  expect(created).toHaveLength(1);
  expect(created[0].channels).toEqual(['email']);
  // A new client by email is written to by email.
  await expect(dialog.getByRole('combobox', { name: 'Channel' })).toHaveValue('email');

  // No tag: refused by the form (the workspace requires one), nothing created.
  const text = `Hello from e2e ${Date.now()}`;
  await dialog.getByRole('textbox', { name: 'Subject' }).fill('Your order');
  await dialog.getByRole('textbox', { name: 'Message text' }).fill(text);
  await dialog.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(dialog.getByText('Choose at least one tag: this workspace requires tags on new threads.')).toBeVisible();
  const tags = dialog.getByRole('group', { name: /Tags/ });
  await expect(tags).toHaveAttribute('aria-invalid', 'true');
  expect((await search(api, email))[0].open_conversation).toBeUndefined();

  const tag = (await tags.getByRole('checkbox').first().evaluate((el) => el.parentElement?.textContent ?? '')).trim();
  await tags.getByRole('checkbox', { name: tag, exact: true }).check();
  await dialog.getByRole('button', { name: 'Send', exact: true }).click();

  // The new conversation opens, and the server has it with its first message.
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/conversations\/\d+/);
  const id = Number(/\/conversations\/(\d+)/.exec(page.url())?.[1]);
  const conversation = await api.row(id);
  expect(conversation.channel).toBe('email');
  expect(conversation.tags).toEqual([tag]);
  expect(conversation.assignee).toBe(api.agentId);
  expect(conversation.contact.name).toBe(email);
  const messages = await api.fullMessages(id);
  const first = messages.find((m) => m.author.kind === 'agent');
  expect(first?.content).toMatchObject({ type: 'email', subject: 'Your order' });
  expect(JSON.stringify(first?.content)).toContain(text);
  await expect(inbox.conversation).toContainText(text);
  expect((await search(api, email))[0].open_conversation).toBe(id);
  // Closing the dialog gives focus back (the button stays where it was).
  await expect(opener).toBeVisible();
});

test('finding a client by name, phone, email, external id and messenger username', async ({ api, inbox }) => {
  // Demo contacts with an external id and with a messenger username, read from the server.
  let withExternal: Contact | undefined;
  let withHandle: Contact | undefined;
  let withEmail: Contact | undefined;
  for (const c of await api.conversations(60)) {
    if (withExternal && withHandle && withEmail) break;
    const contact = await api.contact(c.contact.id);
    if (!withEmail && contact.email && !contact.name.toLowerCase().includes(contact.email.split('@')[0])) {
      withEmail = contact;
    }
    if (!withExternal && contact.external_id) withExternal = contact;
    if (!withHandle && contact.handle) withHandle = contact;
  }
  if (!withExternal || !withHandle || !withEmail) {
    throw new Error('the demo data needs contacts with an external id, a username and an email');
  }
  const { phone } = unique();

  await inbox.goto('/');
  let dialog = await openDialog(inbox);
  // A client made by phone here is then found by those digits.
  await dialog.getByRole('textbox', { name: 'New client: phone or email' }).fill(phone);
  await dialog.getByRole('button', { name: 'Create client' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'To:' })).toContainText('To: +380');
  await expect(dialog.getByRole('combobox', { name: 'Channel' })).toHaveValue('whatsapp');
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(inbox.list.page().getByRole('button', { name: 'New message', exact: true })).toBeFocused();

  dialog = await openDialog(inbox);
  const find = dialog.getByRole('searchbox', { name: 'Find a client' });
  const found = dialog.getByRole('radiogroup', { name: 'Clients found' });
  const cases: [string, string, string][] = [
    [withExternal.name, withExternal.name, 'by name'],
    // Digits as written locally (not a part of the name, which is the number itself).
    [phone.replace('+380 ', '0'), phone.replace(/\s/g, ''), 'by phone'],
    [withEmail.email as string, withEmail.name, 'by email'],
    [withExternal.external_id as string, withExternal.name, 'by external id'],
    [withHandle.handle as string, withHandle.name, 'by username'],
  ];
  for (const [q, name, how] of cases) {
    await find.fill(q);
    const server = await search(api, q);
    expect(server.length, `the server finds ${q}`).toBeGreaterThan(0);
    const option = found.getByRole('radio', { name: new RegExp(`${escapeRegExp(name)}.*${how}`) });
    await expect(option.first()).toBeVisible();
  }
  // Nobody: said, with the way to create one.
  await find.fill(`nobody-${Date.now()}`);
  await expect(dialog.getByText('No client found: create one below.')).toBeVisible();

  // Chosen with the keyboard: the recipient and a channel they can be reached on.
  await find.fill(withHandle.handle as string);
  const radio = found.getByRole('radio').first();
  await radio.focus();
  await inbox.page.keyboard.press('Space');
  await expect(radio).toBeChecked();
  await expect(dialog.getByRole('status').filter({ hasText: 'To:' })).toContainText('To: ');
  await expect(dialog.getByRole('combobox', { name: 'Channel' })).not.toHaveValue('');
});
