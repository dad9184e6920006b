import { test, expect } from '../support/fixtures';
import { uniqueText } from '../support/api';

/**
 * A `429 Too Many Requests` with `Retry-After: 7` (injected: the reference server does not
 * throttle sends): the app waits the 7 seconds the server asked for, showing the message
 * as sending and no error, then sends it again (same client id) and it is stored once.
 */
test('a 429 with Retry-After: 7 waits 7 s, shows no error, then sends', async ({ api, inbox, page }) => {
  const target = await api.pickReplyable(6);
  const text = uniqueText('e2e throttled');
  const attempts: { at: number; client_id: string }[] = [];
  await page.route(
    (url) => url.pathname === `/api/v1/conversations/${target.id}/messages`,
    async (route) => {
      if (route.request().method() !== 'POST') return route.fallback();
      const body = route.request().postDataJSON() as { client_id: string };
      attempts.push({ at: Date.now(), client_id: body.client_id });
      if (attempts.length > 1) return route.fallback();
      return route.fulfill({
        status: 429,
        headers: { 'Retry-After': '7' },
        contentType: 'application/json',
        body: JSON.stringify({ code: 'rate_limited', message: 'slow down' }),
      });
    },
  );
  await inbox.gotoLive(`/conversations/${target.id}`);
  await inbox.send(text);
  const bubble = inbox.message(text);
  await expect.poll(() => attempts.length).toBe(1);

  // While it waits: sending, not refused, no alert anywhere.
  await page.waitForTimeout(3_000);
  await expect(bubble).toHaveAttribute('data-status', 'pending');
  await expect(bubble).toContainText('Sending…');
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);
  expect(attempts).toHaveLength(1);

  await expect(bubble).toHaveAttribute('data-message-id', /^\d+$/, { timeout: 15_000 });
  expect(attempts).toHaveLength(2);
  // Not before the server's 7 seconds (a lower bound: the header is honoured).
  expect(attempts[1].at - attempts[0].at).toBeGreaterThanOrEqual(6_900);
  expect(attempts[1].client_id).toBe(attempts[0].client_id);
  const stored = (await api.messages(target.id)).filter((m) => m.content.text === text);
  expect(stored).toHaveLength(1);
});
