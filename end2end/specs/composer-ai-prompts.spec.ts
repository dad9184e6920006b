import { test, expect } from '../support/ai_server';
import { uniqueText } from '../support/api';
import { ComposerAi, pickChat } from '../pages/composer_ai';

// Against the AI test server: its model is the local stub, which answers a prompt with
// `«<the server's instruction>» <draft>`, and its translator `[<language>] <text>`.

test('each prompt rewrites the draft and Undo gives the previous text back', async ({ api, inbox, aiServer }) => {
  const target = await pickChat(api, 'any customer', () => true, 2);
  const ai = new ComposerAi(inbox);
  const draft = uniqueText('hello, we has shipped you order');
  await inbox.gotoLive(`/conversations/${target.id}`);
  await inbox.messageBox.fill(draft);
  await expect(ai.undo).toBeHidden();

  const results = new Set<string>();
  for (const name of ['Rephrase', 'Fix spelling and grammar', 'Shorter', 'Friendlier', 'More formal']) {
    await ai.prompt(name);
    await expect(inbox.messageBox).not.toHaveValue(draft);
    const result = await inbox.messageBox.inputValue();
    // The model's answer replaced the draft (the stub quotes the instruction it got).
    expect(result).toMatch(/^«.+» /);
    expect(result.endsWith(draft)).toBe(true);
    results.add(result);
    await ai.undo.click();
    await expect(inbox.messageBox).toHaveValue(draft);
    await expect(ai.undo).toBeHidden();
  }
  expect(results.size, 'each prompt asks for something else').toBe(5);
  expect(aiServer.stub.calls.filter((c) => c.path === '/v1/chat/completions' && JSON.stringify(c.body).includes(draft))).toHaveLength(5);

  // Translate: the translation replaces the draft.
  await ai.rewrite.click();
  await ai.prompts.getByRole('combobox', { name: 'Translate into', exact: true }).selectOption('fr');
  await ai.prompts.getByRole('button', { name: 'Translate into', exact: true }).click();
  await expect(inbox.messageBox).toHaveValue(`[fr] ${draft}`);
  await ai.undo.click();
  await expect(inbox.messageBox).toHaveValue(draft);

  // The agent's own instruction, run with Enter (which must not send the draft).
  const instruction = 'mention the 30-day money-back guarantee';
  await ai.rewrite.click();
  const own = ai.prompts.getByRole('textbox', { name: 'Your own instruction', exact: true });
  await own.fill(instruction);
  await own.press('Enter');
  await expect(inbox.messageBox).toHaveValue(new RegExp(`${instruction}.*» `));
  await expect(inbox.message(draft)).toHaveCount(0);
  await ai.undo.click();
  await expect(inbox.messageBox).toHaveValue(draft);
  // It is offered again among the recent instructions, and works from there.
  await ai.rewrite.click();
  const recent = ai.prompts.getByRole('group', { name: 'Recent instructions', exact: true });
  await recent.getByRole('button', { name: instruction, exact: true }).click();
  await expect(inbox.messageBox).toHaveValue(new RegExp(`${instruction}.*» `));

  // Chained results undo one step at a time; an edit after a result drops its Undo.
  const first = await inbox.messageBox.inputValue();
  await ai.prompt('Shorter');
  await expect(inbox.messageBox).toHaveValue(`«Make the draft shorter, keeping every fact.» ${first}`);
  await ai.undo.click();
  await expect(inbox.messageBox).toHaveValue(first);
  await inbox.messageBox.press('End');
  await inbox.messageBox.pressSequentially(' ok');
  await expect(ai.undo).toBeHidden();
});
