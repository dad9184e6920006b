import { test, expect } from '../support/ai_server';
import { uniqueText } from '../support/api';
import { ComposerAi, customerLanguage, pickChat, storedTranslated } from '../pages/composer_ai';

// Against the AI test server: its translation provider is the local stub, which answers
// `[<language>] <text>` (support/provider_stub.ts).

test('Translate: the customer\'s language is preselected, the preview shows what they will read, and the sent message keeps both texts', async ({
  api,
  inbox,
}) => {
  let lang = '';
  const target = await pickChat(api, 'a customer whose messages come translated', (_, m) => {
    lang = customerLanguage(m) ?? '';
    return lang !== '' && lang !== 'en';
  });
  const ai = new ComposerAi(inbox);
  const written = uniqueText('Your parcel leaves the warehouse today');
  const received = `[${lang}] ${written}`;

  await inbox.gotoLive(`/conversations/${target.id}`);
  await inbox.messageBox.fill(written);
  await expect(ai.translate).toHaveAttribute('aria-pressed', 'false');
  await ai.translate.click();
  await expect(ai.translate).toHaveAttribute('aria-pressed', 'true');
  // Preselected from the language the customer's translated messages carry.
  await expect(ai.language).toHaveValue(lang);
  await expect(ai.preview).toContainText(received);

  await inbox.sendButton.click();
  await expect(inbox.messageBox).toHaveValue('');

  const stored = await storedTranslated(api, target.id, written);
  expect(stored.content.text).toBe(received);
  expect(stored.translation).toEqual({ text: written, language: 'en', content_language: lang });
  const entry = inbox.messageById(stored.id);
  await expect(entry).toContainText('Written');
  await expect(entry.getByText(written, { exact: true })).toBeVisible();
  await expect(entry).toContainText('The customer received');
  await expect(entry.getByText(received, { exact: true })).toBeVisible();

  // The language stays chosen for the conversation's next reply, across a reload.
  await inbox.page.reload();
  await expect(ai.translate).toHaveAttribute('aria-pressed', 'true');
  await expect(ai.language).toHaveValue(lang);
});

test('Translate: a reply sent before its preview is ready is translated first, then sent', async ({
  api,
  inbox,
  page,
}) => {
  const target = await pickChat(api, 'a customer whose messages come translated', (_, m) => !!customerLanguage(m), 1);
  const ai = new ComposerAi(inbox);
  const written = uniqueText('We have refunded the second item');
  const translateCalls: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/v1/translate')) translateCalls.push(r.postData() ?? '');
  });

  await inbox.gotoLive(`/conversations/${target.id}`);
  await inbox.messageBox.fill(written);
  await ai.translate.click();
  // The agent chooses the language by hand and sends at once (before typing pauses).
  await ai.language.selectOption('de');
  await inbox.messageBox.press('Enter');

  const stored = await storedTranslated(api, target.id, written);
  expect(stored.content.text).toBe(`[de] ${written}`);
  expect(stored.translation?.content_language).toBe('de');
  await expect(inbox.messageBox).toHaveValue('');
  // One translation, of the text sent, asked for by the send itself.
  expect(translateCalls).toHaveLength(1);
  expect(JSON.parse(translateCalls[0])).toMatchObject({ text: written, target_language: 'de' });
  await expect(inbox.messageById(stored.id)).toContainText('The customer received');
});
