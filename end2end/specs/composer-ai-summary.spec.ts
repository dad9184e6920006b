import { test, expect } from '../support/ai_server';
import { ComposerAi, pickChat } from '../pages/composer_ai';

// Against the AI test server: its model is the local stub, which summarises as
// `Stub summary: <the customer's first line of the transcript>`.

test('Summarise in note mode puts the summary in the note editor, to edit and post as a note', async ({
  api,
  inbox,
}) => {
  const target = await pickChat(api, 'a customer who wrote text', (_, m) => m.some((x) => x.author.kind === 'contact' && x.content.type === 'text'), 3);
  const ai = new ComposerAi(inbox);
  await inbox.gotoLive(`/conversations/${target.id}`);

  await expect(ai.summarise).toBeHidden();
  await inbox.noteMode.click();
  const noteBox = inbox.composer.getByRole('textbox', { name: 'Note', exact: true });
  await expect(ai.translate).toBeHidden();
  await expect(ai.suggest).toBeHidden();
  await ai.summarise.click();
  await expect(noteBox).toHaveValue(/^Stub summary: .+/);
  await expect(noteBox).toBeFocused();

  const summary = await noteBox.inputValue();
  const note = `${summary}\nNext: call the warehouse.`;
  await noteBox.press('End');
  await noteBox.press('Shift+Enter');
  await noteBox.pressSequentially('Next: call the warehouse.');
  await expect(noteBox).toHaveValue(note);
  await inbox.sendButton.click();
  await expect(noteBox).toHaveValue('');

  await expect
    .poll(async () => (await api.messages(target.id)).find((m) => m.content.text === note)?.visibility, {
      message: 'the server stored the summary as an internal note',
    })
    .toBe('internal');
  await expect(inbox.message('Next: call the warehouse.')).toContainText('Internal note');
});
