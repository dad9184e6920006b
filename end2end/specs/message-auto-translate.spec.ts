import { test, expect } from '../support/fixtures';

test.describe('message kinds', () => {
  test('auto-translate: the conversation switch picks the text shown first, and is remembered', async ({
    api,
    inbox,
    page,
  }) => {
    const incoming = await api.findMessage('a translated customer message', (m) =>
      m.author.kind === 'contact' && m.translation !== undefined,
    );
    const original = incoming.content.text as string;
    const translated = incoming.translation!.text;
    const entry = await inbox.openMessage(incoming);
    const auto = inbox.conversation.getByRole('switch', { name: 'Auto-translate' });

    await expect(auto).toHaveAttribute('aria-checked', 'true');
    await expect(entry).toContainText(translated);
    await auto.click();
    await expect(auto).toHaveAttribute('aria-checked', 'false');
    await expect(entry).toContainText(original);
    await expect(entry).not.toContainText(translated);
    await expect(entry.getByRole('button', { name: 'Show translation' })).toBeVisible();

    await page.reload();
    await expect(inbox.messageById(incoming.id)).toContainText(original);
    await expect(auto).toHaveAttribute('aria-checked', 'false');
    await auto.click();
    await expect(inbox.messageById(incoming.id)).toContainText(translated);
  });
});
