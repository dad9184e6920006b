import { test, expect } from '../support/fixtures';
import { WritingAids } from '../pages/writing_aids';

test('/ lists templates, filters, previews and inserts one with its variables filled', async ({ api, inbox }) => {
  const target = await api.pickWhere(
    'Telegram conversations',
    (c) => c.channel === 'telegram' && !c.contact_blocked,
    3,
  );
  const { agent, companyName } = await api.me();
  expect(companyName, 'the session gives the company name').not.toBe('');
  const first = target.contact.name.split(/\s+/)[0];
  const greeting = `Hi ${first}, this is ${agent.name} from ${companyName}. How can I help?`;
  const aids = new WritingAids(inbox);

  await inbox.goto(`/conversations/${target.id}`);
  const box = inbox.messageBox;

  // `/` alone lists every template for the channel; the arrows move the active one.
  await aids.type(box, '/');
  const list = aids.suggestions('Templates');
  await expect(list).toBeVisible();
  const forTelegram = await api.templates('telegram');
  await expect(list.getByRole('option')).toHaveCount(forTelegram.length);
  await aids.expectActive(box, list.getByRole('option').nth(0));
  await box.press('ArrowDown');
  await aids.expectActive(box, list.getByRole('option').nth(1));
  await box.press('ArrowUp');
  await aids.expectActive(box, list.getByRole('option').nth(0));

  // Escape closes it and leaves the text and the focus in the editor.
  await box.press('Escape');
  await expect(list).toBeHidden();
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('/');
  await expect(box).not.toHaveAttribute('aria-activedescendant', /.*/);

  // Typing after the sign filters; the preview shows the whole text as it will read.
  await box.fill('');
  await aids.type(box, '/gree');
  await expect(list.getByRole('option')).toHaveCount(1);
  const option = list.getByRole('option', { name: /^Greeting/ });
  await aids.expectActive(box, option);
  await expect(inbox.composer.getByText(greeting, { exact: true })).toBeVisible();

  // Enter inserts it (it does not send) with the variables filled.
  await box.press('Enter');
  await expect(list).toBeHidden();
  await expect(box).toHaveValue(greeting);
  await expect(inbox.message(greeting)).toHaveCount(0);

  await box.press('Enter');
  await expect(box).toHaveValue('');
  await expect
    .poll(async () => (await api.fullMessages(target.id)).filter((m) => m.content.text === greeting).length, {
      message: 'the server stored the greeting with the values in it, once',
    })
    .toBe(1);
});

test('the Templates button opens a searchable list that inserts at the caret', async ({ api, inbox }) => {
  const target = await api.pickWhere(
    'Telegram conversations',
    (c) => c.channel === 'telegram' && !c.contact_blocked,
    4,
  );
  const aids = new WritingAids(inbox);
  await inbox.goto(`/conversations/${target.id}`);
  await inbox.messageBox.fill('Hello!  Best regards');
  // The caret after "Hello! ".
  await inbox.messageBox.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(7, 7));

  await aids.templatesButton.click();
  const picker = aids.picker('Templates');
  await expect(picker).toBeVisible();
  const search = aids.search('Search templates');
  await expect(search).toBeFocused();
  await expect(search).toHaveAttribute('aria-expanded', 'true');

  await search.fill('follow');
  const option = picker.getByRole('option', { name: /^Deal follow-up/ });
  await expect(option).toBeVisible();
  await expect(search).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);

  // Escape closes the picker and gives the focus back to the editor, text untouched.
  await search.press('Escape');
  await expect(picker).toBeHidden();
  await expect(inbox.messageBox).toBeFocused();
  await expect(inbox.messageBox).toHaveValue('Hello!  Best regards');

  // Choosing inserts at the caret (a click works like Enter).
  await aids.templatesButton.click();
  await aids.search('Search templates').fill('greeting');
  await aids.picker('Templates').getByRole('option', { name: /^Greeting/ }).click();
  await expect(aids.picker('Templates')).toBeHidden();
  await expect(inbox.messageBox).toHaveValue(/^Hello! Hi \S+, this is .+ How can I help\? Best regards$/);
  await expect(inbox.messageBox).toBeFocused();
});
