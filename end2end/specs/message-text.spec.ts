import { test, expect } from '../support/fixtures';

test.describe('message kinds', () => {
  test('text: links only for http, https, mailto and tel, opened safely', async ({ api, inbox }) => {
    const target = await api.pickConversation(7);
    const marker = `links ${Date.now().toString(36)}`;
    const text =
      `${marker}: see https://example.com/a?b=1. or javascript:alert(1) or data:text/html,hi ` +
      'or ftp://files.example.com or write to jean@example.com or call +33 6 12 34 56 78.';
    const sent = await api.inbound(target.id, text);

    const entry = await inbox.openMessage(sent);
    await expect(entry).toContainText(marker);
    const links = entry.getByRole('link');
    await expect(links).toHaveCount(3);
    await expect(links.nth(0)).toHaveText('https://example.com/a?b=1');
    await expect(links.nth(0)).toHaveAttribute('href', 'https://example.com/a?b=1');
    await expect(links.nth(1)).toHaveAttribute('href', 'mailto:jean@example.com');
    await expect(links.nth(2)).toHaveText('+33 6 12 34 56 78');
    await expect(links.nth(2)).toHaveAttribute('href', 'tel:+33612345678');
    for (const link of await links.all()) {
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(link).toHaveAttribute('target', '_blank');
    }
    // The refused schemes stay text, word for word.
    await expect(entry).toContainText('javascript:alert(1)');
    await expect(entry).toContainText('ftp://files.example.com');
    await expect(entry.locator('a[href^="javascript:"], a[href^="data:"], a[href^="ftp:"]')).toHaveCount(0);
  });
});
