import type { WebSocketRoute } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { isFrame } from '../pages/inbox';

test('while the customer types, the row says "typing…" instead of the preview', async ({ api, inbox, page }) => {
  const target = await api.pickRow((c) => (c.last_message?.text ?? '').trim().length > 0, 8);
  const preview = target.last_message?.text ?? '';

  // The reference server sends contact typing only from its simulator (crates/server/src/sim.rs),
  // and clients may send only their own typing; so the test proxies the app's socket and adds
  // the frame the simulator would send.
  let toPage: WebSocketRoute | undefined;
  await page.routeWebSocket(/\/api\/v1\/ws/, (ws) => {
    const server = ws.connectToServer();
    server.onMessage((message) => {
      ws.send(message);
      if (isFrame(message, 'ready')) toPage = ws;
    });
  });
  await inbox.goto(`/?q=${encodeURIComponent(target.contact.name)}`);
  await expect.poll(() => toPage !== undefined, { message: 'the socket is live', timeout: 15_000 }).toBe(true);
  const typing = (active: boolean) =>
    toPage?.send(JSON.stringify({ type: 'typing', conversation_id: target.id, who: { kind: 'contact' }, active }));

  const row = inbox.row(target.contact.name);
  const line = row.locator('.sb-row__preview');
  await expect(line).toContainText(preview.slice(0, 40));

  typing(true);
  await expect(line).toHaveText('typing…');
  await expect(row).toHaveAccessibleName(/, typing…,/);
  typing(false);
  await expect(line).toContainText(preview.slice(0, 40));
  await expect(row).not.toHaveAccessibleName(/typing…/);

  // A lost "stopped" frame: the typing lapses on its own (6 s without a repeat).
  typing(true);
  await expect(line).toHaveText('typing…');
  await expect(line).toContainText(preview.slice(0, 40), { timeout: 15_000 });
});
