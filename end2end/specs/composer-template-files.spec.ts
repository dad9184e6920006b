import { test, expect } from '../support/fixtures';
import { WritingAids } from '../pages/writing_aids';

test('a template with files shows them in its preview and sends them with the message', async ({ api, inbox }) => {
  const target = await api.pickWhere(
    'webchat conversations',
    (c) => c.channel === 'webchat' && !c.contact_blocked,
    2,
  );
  const priceList = (await api.templates('webchat')).find((t) => t.name === 'Price list');
  expect(priceList, 'the demo has a "Price list" template').toBeTruthy();
  const files = (priceList!.attachments ?? []).map((a) => a.name).sort();
  expect(files.length).toBeGreaterThan(0);
  const first = target.contact.name.split(/\s+/)[0];
  const text = `Here is our current price list, ${first}.`;
  const aids = new WritingAids(inbox);

  await inbox.goto(`/conversations/${target.id}`);
  await aids.type(inbox.messageBox, '/price');
  const list = aids.suggestions('Templates');
  await aids.expectActive(inbox.messageBox, list.getByRole('option', { name: /^Price list/ }));
  // The preview says how many files go with it and which.
  const preview = inbox.composer.getByText(`Files (${files.length}):`);
  await expect(preview).toBeVisible();
  for (const name of files) await expect(preview.locator('..')).toContainText(name);

  await inbox.messageBox.press('Enter');
  await expect(inbox.messageBox).toHaveValue(text);
  await inbox.sendButton.click();

  await expect
    .poll(
      async () => {
        const sent = (await api.fullMessages(target.id)).find((m) => m.content.text === text);
        return (sent?.attachments ?? []).map((a) => a.name).sort();
      },
      { message: 'the server message carries the template\'s files' },
    )
    .toEqual(files);
  // The log shows the files on the sent message.
  const bubble = inbox.message(text);
  for (const name of files) await expect(bubble).toContainText(name);
});
