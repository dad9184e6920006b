import { test, expect } from '../support/fixtures';

test.describe('message kinds', () => {
  test('template: its name and the text as sent', async ({ api, inbox }) => {
    const sent = await api.findMessage('a template message', (m) => m.content.type === 'template');
    const [name, text] = [sent.content.name as string, sent.content.text as string];
    const entry = await inbox.openMessage(sent);
    await expect(entry).toContainText(`Template: ${name}`);
    await expect(entry).toContainText(text);
  });
});
