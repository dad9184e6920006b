import type { WebSocketRoute } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { uniqueText } from '../support/api';
import { isFrame } from '../pages/inbox';

/** One socket the page opened, proxied to the real server through Playwright. */
interface Connection {
  page: WebSocketRoute;
  server: WebSocketRoute;
  /** The server answered the page's auth frame. */
  ready: boolean;
}

test('after the socket drops, the app reconnects and catches up', async ({ page, api, inbox }) => {
  const target = await api.pickConversation(6);

  // Proxy every socket of the page, so the test can cut one as a network failure would.
  const connections: Connection[] = [];
  await page.routeWebSocket(/\/api\/v1\/ws/, (ws) => {
    const server = ws.connectToServer();
    const connection: Connection = { page: ws, server, ready: false };
    connections.push(connection);
    server.onMessage((message) => {
      ws.send(message);
      if (isFrame(message, 'ready')) connection.ready = true;
    });
  });
  const live = (n: number) => connections.length >= n && connections[n - 1].ready;

  await inbox.goto(`/conversations/${target.id}`);
  await expect.poll(() => live(1), { message: 'the first socket is live', timeout: 15_000 }).toBe(true);
  const before = uniqueText('e2e before the drop');
  await api.inbound(target.id, before);
  await expect(inbox.message(before)).toHaveCount(1);

  // Cut both ends.
  const dropped = connections[0];
  await dropped.page.close({ code: 4000, reason: 'e2e: connection dropped' });
  await dropped.server.close({ code: 1001, reason: 'e2e: connection dropped' });

  // Sent while the app is (probably) still disconnected: it must catch up on reconnecting.
  const during = uniqueText('e2e while disconnected');
  await api.inbound(target.id, during);
  await expect
    .poll(() => live(2), { message: 'the app opens a new socket', timeout: 30_000 })
    .toBe(true);
  await expect(inbox.message(during)).toHaveCount(1);

  // And it is live again.
  const after = uniqueText('e2e after reconnecting');
  await api.inbound(target.id, after);
  await expect(inbox.message(after)).toHaveCount(1);
  // Catching up did not duplicate what the page already had.
  await expect(inbox.message(before)).toHaveCount(1);
});
