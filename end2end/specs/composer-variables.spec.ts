import { test, expect } from '../support/fixtures';
import { WritingAids } from '../pages/writing_aids';

test('$ inserts a variable the customer receives filled in', async ({ page, api, inbox }) => {
  const target = await api.pickWhere(
    'Telegram conversations without a deal',
    (c) => c.channel === 'telegram' && !c.contact_blocked && (c as { deal?: unknown }).deal === undefined,
    5,
  );
  const first = target.contact.name.split(/\s+/)[0];
  const aids = new WritingAids(inbox);
  await inbox.goto(`/conversations/${target.id}`);
  const box = inbox.messageBox;

  await aids.type(box, 'Dear $fir');
  const list = aids.suggestions('Variables');
  const option = list.getByRole('option', { name: /^Contact first name/ });
  await aids.expectActive(box, option);
  await box.press('Enter');
  await expect(list).toBeHidden();
  await expect(box).toHaveValue('Dear {{contact.first_name}}');
  await box.pressSequentially(', welcome back');

  // The composer shows the text as the customer will get it.
  const sent = `Dear ${first}, welcome back`;
  await expect(inbox.composer.getByText('Sent as:')).toBeVisible();
  await expect(inbox.composer.getByText(sent, { exact: true })).toBeVisible();

  // A variable without a value here is named, and the reply is not sent with braces.
  // After an opening bracket the sign counts too.
  await box.pressSequentially(' ($deal.st');
  await aids.expectActive(box, aids.suggestions('Variables').getByRole('option', { name: /^Deal stage/ }));
  await box.press('Enter');
  await expect(box).toHaveValue('Dear {{contact.first_name}}, welcome back ({{deal.stage}}');
  await expect(inbox.composer.getByRole('status').filter({ hasText: 'No value here for' })).toContainText(
    '{{deal.stage}}',
  );
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith(`/conversations/${target.id}/messages`)) posts.push(r.url());
  });
  await box.press('Enter');
  await expect(inbox.composer.locator('#sb-composer-problem')).toContainText('Some variables have no value');
  expect(posts).toHaveLength(0);

  // Without it, the reply goes out filled.
  await box.fill('Dear {{contact.first_name}}, welcome back');
  await box.press('Enter');
  await expect(box).toHaveValue('');
  await expect
    .poll(async () => (await api.fullMessages(target.id)).filter((m) => m.content.text === sent).length, {
      message: 'the server stored the text with the value, not the variable',
    })
    .toBe(1);
  const raw = (await api.fullMessages(target.id)).filter((m) => String(m.content.text ?? '').includes('{{'));
  expect(raw).toHaveLength(0);
});
