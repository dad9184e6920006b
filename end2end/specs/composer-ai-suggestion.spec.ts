import { test, expect } from '../support/fixtures';
import { uniqueText } from '../support/api';
import { ComposerAi, customerLanguage, pickChat } from '../pages/composer_ai';
import type { Page, Response } from '@playwright/test';

// Against the suite's own server: without a model, suggestions come from the server's
// offline ranker (canned replies, templates and earlier replies), several per answer,
// in the agent's language with the customer-language version as translation.

interface Suggestion {
  id: string;
  text: string;
  translation?: { text: string; target_language: string };
}

function suggestionsAnswer(page: Page): Promise<Response> {
  return page.waitForResponse((r) => r.url().endsWith('/ai/suggestions') && r.request().method() === 'POST');
}

function feedbackAnswer(page: Page): Promise<Response> {
  return page.waitForResponse((r) => r.url().endsWith('/api/v1/ai/feedback'));
}

test('AI suggestion: the proposal with its translation, Try again gives another, Insert puts it in the editor to edit and send', async ({
  api,
  inbox,
  page,
}) => {
  const target = await pickChat(api, 'a customer writing another language', (_, m) => !!customerLanguage(m), 2);
  const ai = new ComposerAi(inbox);
  await inbox.gotoLive(`/conversations/${target.id}`);

  const answered = suggestionsAnswer(page);
  await ai.suggest.click();
  const items = ((await (await answered).json()) as { items: Suggestion[] }).items;
  expect(items.length, 'the ranker offers several suggestions').toBeGreaterThan(1);
  expect(
    items.slice(0, 2).some((s) => s.translation),
    'a canned reply comes with the customer-language version',
  ).toBe(true);
  // The proposal in the agent's language, and what the customer would read when known.
  const shows = async (s: Suggestion) => {
    await expect(ai.suggestion).toContainText(s.text);
    if (s.translation) {
      await expect(ai.suggestion).toContainText(
        `In the customer's language · ${s.translation.target_language.toUpperCase()}`,
      );
      await expect(ai.suggestion).toContainText(s.translation.text);
    }
  };
  await shows(items[0]);

  await ai.suggestion.getByRole('button', { name: 'Try again', exact: true }).click();
  await shows(items[1]);
  await expect(ai.suggestion).not.toContainText(items[0].text);

  await ai.suggestion.getByRole('button', { name: 'Insert', exact: true }).click();
  await expect(ai.suggestion).toBeHidden();
  await expect(inbox.messageBox).toHaveValue(items[1].text);
  await expect(inbox.messageBox).toBeFocused();
  // The suggestion button waits for an empty editor.
  await expect(ai.suggest).toBeDisabled();

  const edited = `${items[1].text} ${uniqueText('Edited by the agent.')}`;
  await inbox.messageBox.press('End');
  await inbox.messageBox.pressSequentially(edited.slice(items[1].text.length));
  await expect(inbox.messageBox).toHaveValue(edited);
  await inbox.sendButton.click();
  await expect
    .poll(async () => (await api.messages(target.id)).some((m) => m.content.text === edited), {
      message: 'the server stored the edited suggestion',
    })
    .toBe(true);
  await expect(inbox.message(edited)).toHaveCount(1);
});

test('AI suggestion: Like and Dislike reach the server, and every third dislike asks for a comment', async ({
  api,
  inbox,
  page,
}) => {
  const target = await pickChat(api, 'a customer writing another language', (_, m) => !!customerLanguage(m), 3);
  const ai = new ComposerAi(inbox);
  await inbox.gotoLive(`/conversations/${target.id}`);
  const open = async (): Promise<Suggestion> => {
    const answered = suggestionsAnswer(page);
    await ai.suggest.click();
    const first = ((await (await answered).json()) as { items: Suggestion[] }).items[0];
    await expect(ai.suggestion).toContainText(first.text);
    return first;
  };
  const verdict = async (name: 'Like' | 'Dislike', expected: Record<string, unknown>) => {
    const answered = feedbackAnswer(page);
    const button = ai.suggestion.getByRole('button', { name, exact: true });
    await button.click();
    const r = await answered;
    expect(r.status()).toBe(204);
    expect(r.request().postDataJSON()).toEqual(expected);
    await expect(button).toHaveAttribute('aria-pressed', 'true');
  };
  const close = () => ai.suggestion.getByRole('button', { name: 'Close suggestion', exact: true }).click();
  const comment = ai.suggestion.getByRole('group', { name: 'What was wrong with it? (optional)' });

  const first = await open();
  await verdict('Like', { suggestion_id: first.id, verdict: 'like' });
  await verdict('Dislike', { suggestion_id: first.id, verdict: 'dislike' });
  await expect(comment).toBeHidden();
  await close();

  const second = await open();
  await verdict('Dislike', { suggestion_id: second.id, verdict: 'dislike' });
  await expect(comment).toBeHidden();
  await close();

  // The third dislike asks first, and sends the comment with it.
  const third = await open();
  let early = 0;
  const count = (r: { url(): string }) => {
    if (r.url().endsWith('/api/v1/ai/feedback')) early += 1;
  };
  page.on('request', count);
  await ai.suggestion.getByRole('button', { name: 'Dislike', exact: true }).click();
  await expect(comment).toBeVisible();
  const field = comment.getByRole('textbox', { name: 'What was wrong with it? (optional)' });
  await expect(field).toBeFocused();
  expect(early, 'nothing is sent before the comment').toBe(0);
  page.off('request', count);
  await field.fill('Off topic: the customer asked about something else');
  const answered = feedbackAnswer(page);
  await comment.getByRole('button', { name: 'Send feedback', exact: true }).click();
  const r = await answered;
  expect(r.status()).toBe(204);
  expect(r.request().postDataJSON()).toEqual({
    suggestion_id: third.id,
    verdict: 'dislike',
    comment: 'Off topic: the customer asked about something else',
  });
  await expect(comment).toBeHidden();
  await expect(ai.suggestion).toContainText('Thanks for the feedback.');

  // The count is the agent's and survives a reload: dislikes four and five do not ask.
  await page.reload();
  for (let i = 0; i < 2; i++) {
    const s = await open();
    await verdict('Dislike', { suggestion_id: s.id, verdict: 'dislike' });
    await expect(comment).toBeHidden();
    await close();
  }
});
