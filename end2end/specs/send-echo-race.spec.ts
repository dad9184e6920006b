import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { uniqueText } from '../support/api';
import { isFrame, type InboxPage } from '../pages/inbox';

/**
 * A sent message comes back twice: as the answer to its `POST` and as the socket's
 * `message_created` echo. Each order is forced (the answer held until the echo has shown,
 * or the echo held until the answer has shown), and a MutationObserver installed before
 * Send records the most bubbles of the message the log ever held at once: never two.
 */

/** Starts counting, at every DOM change, the log's bubbles that contain `text`. */
async function watchBubbles(page: Page, text: string): Promise<void> {
  await page.evaluate((text) => {
    const w = window as unknown as { maxBubbles: number };
    w.maxBubbles = 0;
    const count = () => {
      const n = Array.from(document.querySelectorAll('[role="log"] article')).filter((a) =>
        (a.textContent ?? '').includes(text),
      ).length;
      w.maxBubbles = Math.max(w.maxBubbles, n);
    };
    new MutationObserver(count).observe(document.body, { childList: true, subtree: true, characterData: true });
    count();
  }, text);
}

const maxBubbles = (page: Page) => page.evaluate(() => (window as unknown as { maxBubbles: number }).maxBubbles);

async function expectOneBubble(inbox: InboxPage, text: string): Promise<void> {
  await expect(inbox.message(text)).toHaveCount(1);
  await expect(inbox.message(text)).toHaveAttribute('data-message-id', /^\d+$/);
  expect(await maxBubbles(inbox.page), 'bubbles of the message at any one moment').toBe(1);
}

test('the echo before the answer: one bubble at every moment', async ({ api, inbox, page }) => {
  const target = await api.pickReplyable(7);
  const text = uniqueText('e2e echo first');
  let answered = false;
  await page.route(
    (url) => url.pathname === `/api/v1/conversations/${target.id}/messages`,
    async (route) => {
      if (route.request().method() !== 'POST') return route.fallback();
      // The server commits and publishes the echo; its answer waits until the echo has
      // confirmed the message on the page.
      const response = await route.fetch();
      await expect(inbox.message(text)).toHaveAttribute('data-message-id', /^\d+$/);
      answered = true;
      await route.fulfill({ response });
    },
  );
  await inbox.gotoLive(`/conversations/${target.id}`);
  await watchBubbles(page, text);
  await inbox.send(text);
  await expect.poll(() => answered, { message: 'the held answer was delivered' }).toBe(true);
  await expectOneBubble(inbox, text);
  const stored = (await api.messages(target.id)).filter((m) => m.content.text === text);
  expect(stored).toHaveLength(1);
});

test('the answer before the echo: one bubble at every moment', async ({ api, inbox, page }) => {
  const target = await api.pickReplyable(8);
  const text = uniqueText('e2e answer first');
  let echoed = false;
  let ready = false;
  await page.routeWebSocket(
    (url) => url.pathname === '/api/v1/ws',
    (ws) => {
      const server = ws.connectToServer();
      ws.onMessage((m) => server.send(m));
      // Frames keep their order: each waits for the one before it.
      let queue = Promise.resolve();
      server.onMessage((m) => {
        queue = queue.then(async () => {
          const frame = typeof m === 'string' ? m : m.toString();
          if (isFrame(frame, 'ready')) ready = true;
          // The echo of this message waits until the answer has confirmed it on the page.
          if (frame.includes(text)) {
            await expect(inbox.message(text)).toHaveAttribute('data-message-id', /^\d+$/);
            echoed = true;
          }
          ws.send(m);
        });
      });
    },
  );
  await inbox.goto(`/conversations/${target.id}`);
  await expect.poll(() => ready, { message: 'the socket is live' }).toBe(true);
  await watchBubbles(page, text);
  await inbox.send(text);
  await expect.poll(() => echoed, { message: 'the held echo was delivered' }).toBe(true);
  await expectOneBubble(inbox, text);
  const stored = (await api.messages(target.id)).filter((m) => m.content.text === text);
  expect(stored).toHaveLength(1);
});
