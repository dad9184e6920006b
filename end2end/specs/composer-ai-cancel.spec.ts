import { test, expect } from '../support/ai_server';
import { uniqueText } from '../support/api';
import { ComposerAi, pickChat } from '../pages/composer_ai';

// Against the AI test server, made slow with its fault switch (`PUT /_faults`
// latency_ms), so a call is still running when the agent presses Cancel.

const SLOW_MS = 4000;

test.afterEach(async ({ aiServer }) => {
  await aiServer.setFaults({});
});

test('Cancel stops a slow rewrite: the request is aborted and the draft stays as it was', async ({
  api,
  inbox,
  page,
  aiServer,
}) => {
  const target = await pickChat(api, 'any customer', () => true, 4);
  const ai = new ComposerAi(inbox);
  const draft = uniqueText('please wait a moment');
  await inbox.gotoLive(`/conversations/${target.id}`);
  await inbox.messageBox.fill(draft);

  await aiServer.setFaults({ latency_ms: SLOW_MS });
  const aborted = page.waitForEvent('requestfailed', (r) => r.url().endsWith('/api/v1/ai/prompt'));
  await ai.prompt('Friendlier');
  await expect(ai.busy).toContainText('Rewriting… (Friendlier)');
  await ai.busy.getByRole('button', { name: 'Cancel', exact: true }).click();
  await aborted;
  await expect(ai.busy).toBeHidden();

  // Long after the server would have answered, the draft is still the agent's.
  await page.waitForTimeout(SLOW_MS + 1000);
  await expect(inbox.messageBox).toHaveValue(draft);
  await expect(ai.undo).toBeHidden();
  await expect(ai.problem).toBeEmpty();
});

test('Cancel while a reply is translated before sending: nothing is sent and the draft stays', async ({
  api,
  inbox,
  page,
  aiServer,
}) => {
  const target = await pickChat(api, 'any customer', () => true, 5);
  const ai = new ComposerAi(inbox);
  const draft = uniqueText('your refund is on its way');
  await inbox.gotoLive(`/conversations/${target.id}`);
  await inbox.messageBox.fill(draft);
  await ai.translate.click();
  await ai.language.selectOption('es');
  await aiServer.setFaults({ latency_ms: SLOW_MS });
  await inbox.messageBox.press('Enter');

  await expect(ai.busy).toContainText('Translating…');
  const aborted = page.waitForEvent('requestfailed', (r) => r.url().endsWith('/api/v1/translate'));
  await ai.busy.getByRole('button', { name: 'Cancel', exact: true }).click();
  await aborted;
  await expect(ai.busy).toBeHidden();
  await expect(inbox.messageBox).toHaveValue(draft);
  await expect(inbox.message(draft)).toHaveCount(0);

  // Long after the server would have answered, still nothing sent and the draft intact.
  await page.waitForTimeout(SLOW_MS + 1000);
  await aiServer.setFaults({});
  await expect(inbox.messageBox).toHaveValue(draft);
  await expect(inbox.messageBox).toBeEditable();
  expect((await api.messages(target.id)).some((m) => (m.content.text ?? '').includes(draft))).toBe(false);

  // Sending again goes through, translated.
  await inbox.messageBox.press('Enter');
  await expect
    .poll(async () => (await api.messages(target.id)).find((m) => (m.content.text ?? '').includes(draft))?.content.text)
    .toBe(`[es] ${draft}`);
});
