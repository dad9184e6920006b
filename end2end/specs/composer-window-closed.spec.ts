import { test, expect } from '../support/fixtures';
import { WritingAids } from '../pages/writing_aids';
import { refuseNextSend } from '../support/refusals';
import type { ConversationSummary } from '../support/api';

/** WhatsApp and Viber conversations whose messaging window has closed. */
const windowClosed = (c: ConversationSummary) =>
  (c.channel === 'whatsapp' || c.channel === 'viber') &&
  !c.contact_blocked &&
  c.window_closes_at !== undefined &&
  new Date(c.window_closes_at).getTime() < Date.now();

test('a closed messaging window offers only approved templates and says so', async ({ page, api, inbox }) => {
  const target = await api.pickWhere(
    'conversations whose messaging window closed',
    windowClosed,
  );
  const channel = target.channel!;
  const approved = (await api.templates(channel)).filter((t) => t.approved);
  const withParams = approved.find((t) => (t.params ?? []).length === 2);
  expect(withParams, 'the demo has an approved template with two parameters').toBeTruthy();
  const aids = new WritingAids(inbox);
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith(`/conversations/${target.id}/messages`)) posts.push(r.url());
  });

  await inbox.goto(`/conversations/${target.id}`);
  // The composer says it, near the editor.
  await expect(inbox.composer.getByRole('status').filter({ hasText: 'messaging window has closed' })).toContainText(
    'only an approved template can be sent',
  );

  // Plain text is refused in the composer: nothing goes to the server.
  const before = (await api.fullMessages(target.id)).length;
  await inbox.send('Are you still there?', 'enter');
  await expect(inbox.composer.locator('#sb-composer-problem')).toContainText(
    'messaging window has closed: only an approved template can be sent.',
  );
  await expect(inbox.messageBox).toHaveValue('Are you still there?');
  await expect(inbox.messageBox).toHaveAttribute('aria-invalid', 'true');

  // The list offers the approved templates only.
  await inbox.messageBox.fill('');
  await aids.type(inbox.messageBox, '/');
  const list = aids.suggestions('Templates');
  await expect(list.getByRole('option')).toHaveCount(approved.length);
  for (const t of approved) await expect(list.getByRole('option', { name: new RegExp(`^${t.name}`) })).toHaveCount(1);
  await expect(list.getByRole('option', { name: /^Greeting/ })).toHaveCount(0);

  // Choosing one gives its card with a field per parameter; the first takes the focus.
  await list.getByRole('option', { name: new RegExp(`^${withParams!.name}`) }).click();
  const card = inbox.composer.getByRole('group', { name: `Template: ${withParams!.name}` });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Approved template');
  await expect(inbox.messageBox).toHaveValue('');
  const [p1, p2] = withParams!.params!;
  const field1 = card.getByRole('textbox', { name: p1 });
  const field2 = card.getByRole('textbox', { name: p2 });
  await expect(field1).toBeFocused();
  await field1.fill('48213');
  await expect(card).toContainText('48213');
  await expect(card).toContainText(`[${p2}]`);

  // A missing parameter is named before anything is sent.
  await inbox.sendButton.click();
  await expect(inbox.composer.locator('#sb-composer-problem')).toContainText('Fill in field 2 of the template.');
  expect(posts, 'nothing was posted while the composer refused').toHaveLength(0);
  expect((await api.fullMessages(target.id)).length).toBe(before);

  await field2.fill('12 May');
  await field2.press('Enter');
  const want = withParams!.text.replace('{{1}}', '48213').replace('{{2}}', '12 May');
  await expect
    .poll(
      async () => {
        const last = (await api.fullMessages(target.id)).at(-1);
        return last && { type: last.content.type, name: last.content.name, text: last.content.text };
      },
      { message: 'the server sent the approved template with its parameters' },
    )
    .toEqual({ type: 'template', name: withParams!.name, text: want });
  await expect(card).toBeHidden();
});

test('a refused template message comes back with Edit as its card, fields filled, and is sent once', async ({
  page,
  api,
  inbox,
}) => {
  const target = await api.pickWhere(
    'conversations whose messaging window closed',
    windowClosed,
    1,
  );
  const approved = (await api.templates(target.channel!)).filter((t) => t.approved);
  const withParams = approved.find((t) => (t.params ?? []).length === 2)!;
  const aids = new WritingAids(inbox);
  // The backend refuses the first send (a rule the app cannot know); the real server
  // accepts a complete template, so this one answer is injected.
  await refuseNextSend(page, target.id, 'the template is paused by the network');
  await inbox.goto(`/conversations/${target.id}`);
  await aids.type(inbox.messageBox, '/');
  await aids.suggestions('Templates').getByRole('option', { name: new RegExp(`^${withParams.name}`) }).click();
  const card = inbox.composer.getByRole('group', { name: `Template: ${withParams.name}` });
  const [p1, p2] = withParams.params!;
  const number = Date.now().toString().slice(-6);
  await card.getByRole('textbox', { name: p1 }).fill(number);
  await card.getByRole('textbox', { name: p2 }).fill('12 May');
  await card.getByRole('textbox', { name: p2 }).press('Enter');
  const refused = inbox.messages.filter({ hasText: 'the template is paused by the network' });
  await expect(refused).toHaveAttribute('data-status', 'failed');
  // The headline in the agent's words (by the refusal's code), the server's own below it.
  await expect(refused.locator('.sb-message__state')).toHaveText('Not sent: The server refused a value.');
  await expect(refused.locator('.sb-message__detail')).toHaveText('the template is paused by the network');
  await expect(card).toBeHidden();

  await refused.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(refused).toHaveCount(0);
  // The card is whole again: its name, approval, text and the values typed.
  await expect(card).toBeVisible();
  await expect(card).toContainText('Approved template');
  await expect(card.getByRole('textbox', { name: p1 })).toHaveValue(number);
  await expect(card).toContainText(number);
  await card.getByRole('textbox', { name: p2 }).press('Enter');
  const want = withParams.text.replace('{{1}}', number).replace('{{2}}', '12 May');
  await expect
    .poll(async () => (await api.fullMessages(target.id)).filter((m) => m.content.text === want).length, {
      message: 'the template went out once',
    })
    .toBe(1);
});
