import { test, expect } from '../support/fixtures';

test('a reply shows its quote, and clicking the quote brings the original into view and flashes it', async ({
  api,
  inbox,
}) => {
  const reply = await api.findMessage('a reply to another message', (m) => m.reply_to !== undefined);
  const quoted = reply.reply_to!;
  const entry = await inbox.openMessage(reply);
  const quote = entry.getByRole('button', { name: /^In reply to: / });
  await expect(quote).toContainText(quoted.excerpt.slice(0, 20));

  // Move the original out of sight, then follow the quote back to it.
  await inbox.log.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await quote.click();
  const original = inbox.messageById(quoted.id);
  await expect(original).toBeInViewport();
  await expect(original).toHaveClass(/sb-message--highlight/);
});
