import { test, expect } from '../support/fixtures';

test.describe('message kinds', () => {
  test('internal note: yellow, labelled, with its @mention highlighted', async ({ api, inbox }) => {
    const note = await api.findMessage('a note with a mention', (m) =>
      m.visibility === 'internal' && (m.mentions ?? []).length > 0 && /@\p{L}/u.test(String(m.content.text ?? '')),
    );
    const text = note.content.text as string;
    const mention = text.match(/@\p{L}+/u)![0];
    const entry = await inbox.openMessage(note);

    await expect(entry.getByText('Internal note', { exact: true })).toBeVisible();
    const background = await entry.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(255, 246, 214)');
    const marks = entry.locator('mark');
    await expect(marks).toHaveCount(1);
    // The mention as written: "@Marta", or the whole name ("@Marta Kovalenko").
    await expect(marks).toHaveText(new RegExp(`^${mention}`));
    expect(text).toContain(await marks.textContent());
    await expect(entry).toContainText(text);
    // A note is never "sent" to anyone: no delivery state.
    await expect(entry.locator('.sb-message__state')).toHaveCount(0);
  });
});
