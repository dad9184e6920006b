import { test, expect } from '../support/fixtures';

test.describe('message kinds', () => {
  test('sticker: shown as a picture named after its emoji, the emoji when the picture fails', async ({
    api,
    inbox,
  }) => {
    const sticker = await api.findMessage('a sticker', (m) => m.content.type === 'sticker');
    const emoji = sticker.content.emoji as string;
    const entry = await inbox.openMessage(sticker);
    const figure = entry.getByRole('img', { name: `Sticker ${emoji}` });
    await expect(figure).toBeVisible();
    // The demo's sticker address serves no picture: the emoji stands in for it.
    await expect(figure).toContainText(emoji);
    await expect(entry).not.toContainText('Unsupported message');
  });
});
