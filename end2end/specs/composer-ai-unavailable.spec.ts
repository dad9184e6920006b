import { test as plain, expect } from '../support/fixtures';
import { test as withStub } from '../support/ai_server';
import { PROVIDER_DOWN } from '../support/provider_stub';
import { uniqueText } from '../support/api';
import { ComposerAi, customerLanguage, pickChat } from '../pages/composer_ai';

const UNAVAILABLE = 'This service is not available right now. Tell your administrator if it stays so.';

// The suite's own server has no translation or AI provider at all: it answers 503
// `unavailable` naming what is missing. The app says it in the agent's language by the
// error's code; the server's English (naming the flag that sets the provider up) is the
// detail on the line below, never the headline. The AI test server's stub provider fails on
// demand (a text containing PROVIDER_DOWN): the server then names the failing provider.

plain('without a translation provider, Translate says which provider is missing and sends nothing', async ({
  api,
  inbox,
}) => {
  // A customer whose profile says English and who now writes Ukrainian: the language is
  // detected from what they write (the server's offline detector).
  const target = await pickChat(
    api,
    'an English-speaking customer without translations',
    (_, m) => !customerLanguage(m),
    1,
  );
  await api.inbound(target.id, 'Добрий день! Моє замовлення досі не прийшло, хоча минув уже тиждень.');
  await api.inbound(target.id, 'Підкажіть, будь ласка, коли чекати доставку?');
  const ai = new ComposerAi(inbox);
  const draft = uniqueText('It ships tomorrow');
  await inbox.gotoLive(`/conversations/${target.id}`);
  await expect(inbox.message('Підкажіть, будь ласка')).toHaveCount(1);
  await inbox.messageBox.fill(draft);
  await ai.translate.click();
  await expect(ai.language).toHaveValue('uk');
  await expect(ai.preview).toContainText(`Could not translate. ${UNAVAILABLE}`);
  await expect(ai.preview).toContainText('no translation provider configured (set --translate-url)');

  await inbox.sendButton.click();
  await expect(ai.problem).toContainText(`Could not translate. ${UNAVAILABLE}`);
  await expect(ai.problem).toContainText('no translation provider configured');
  await expect(inbox.messageBox).toHaveValue(draft);
  await expect(inbox.message(draft)).toHaveCount(0);
  expect((await api.messages(target.id)).some((m) => m.content.text?.includes(draft))).toBe(false);
});

plain('without an AI provider, a rewrite and a summary say which provider is missing', async ({ api, inbox }) => {
  const target = await pickChat(api, 'any customer', () => true, 2);
  const ai = new ComposerAi(inbox);
  const draft = uniqueText('short answer');
  await inbox.gotoLive(`/conversations/${target.id}`);
  await inbox.messageBox.fill(draft);
  await ai.prompt('Shorter');
  await expect(ai.problem).toHaveText(
    `Could not rewrite the text. ${UNAVAILABLE} no AI provider configured (set --ai-url)`,
  );
  const [headline, detail] = (await ai.problem.innerText()).split('\n');
  expect(headline).toBe(`Could not rewrite the text. ${UNAVAILABLE}`);
  expect(detail).toBe('no AI provider configured (set --ai-url)');
  await expect(inbox.messageBox).toHaveValue(draft);

  await inbox.noteMode.click();
  await ai.summarise.click();
  await expect(ai.problem).toHaveText(
    `Could not summarise the conversation. ${UNAVAILABLE} no AI provider configured (set --ai-url)`,
  );
  await expect(inbox.composer.getByRole('textbox', { name: 'Note', exact: true })).toHaveValue('');
});

withStub('a failing provider is named in the message, and the draft stays', async ({ api, inbox, aiServer }) => {
  const target = await pickChat(api, 'a customer whose messages come translated', (_, m) => !!customerLanguage(m), 6);
  const ai = new ComposerAi(inbox);
  const draft = uniqueText(`status ${PROVIDER_DOWN}`);
  await inbox.gotoLive(`/conversations/${target.id}`);
  await inbox.messageBox.fill(draft);
  await ai.translate.click();
  await expect(ai.preview).toContainText(`Could not translate. ${UNAVAILABLE}`);
  await expect(ai.preview).toContainText(
    `translation provider (LibreTranslate-compatible at ${aiServer.stub.url}) failed to translate`,
  );

  await ai.prompt('Rephrase');
  await expect(ai.problem).toContainText(`Could not rewrite the text. ${UNAVAILABLE}`);
  await expect(ai.problem).toContainText(
    `AI provider (OpenAI-compatible at ${aiServer.stub.url}/v1) failed to answer a chat completion`,
  );
  await expect(inbox.messageBox).toHaveValue(draft);
});
