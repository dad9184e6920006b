import type { WebSocketRoute } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { isFrame } from '../pages/inbox';

/**
 * Proxies the page's socket to the real server through Playwright, so the test can play
 * the channel's typing frames to the page and read the frames the page sends.
 */
async function proxy(page: import('@playwright/test').Page) {
  const state = {
    page: undefined as WebSocketRoute | undefined,
    ready: false,
    sent: [] as { type: string; conversation_id?: number; active?: boolean }[],
  };
  await page.routeWebSocket(/\/api\/v1\/ws/, (ws) => {
    const server = ws.connectToServer();
    state.page = ws;
    ws.onMessage((message) => {
      server.send(message);
      try {
        state.sent.push(JSON.parse(message.toString()));
      } catch {
        // Not a frame of ours.
      }
    });
    server.onMessage((message) => {
      ws.send(message);
      if (isFrame(message, 'ready')) state.ready = true;
    });
  });
  return state;
}

test("the typing line says who types: the contact, the AI agent, both", async ({ api, inbox, page }) => {
  const socket = await proxy(page);
  const target = await api.pickWhere('conversations', () => true, 5);
  await inbox.goto(`/conversations/${target.id}`);
  await expect.poll(() => socket.ready, { message: 'the socket is live' }).toBe(true);
  const typing = (who: object, active: boolean) =>
    socket.page?.send(JSON.stringify({ type: 'typing', conversation_id: target.id, who, active }));

  const line = inbox.typingLine();
  await expect(line).toHaveAttribute('role', 'status');
  await expect(line).toHaveText('');
  typing({ kind: 'contact' }, true);
  await expect(line).toHaveText(`${target.contact.name} is typing…`);
  typing({ kind: 'ai' }, true);
  await expect(line).toHaveText(`${target.contact.name} and AI agent are typing…`);
  typing({ kind: 'contact' }, false);
  await expect(line).toHaveText('AI agent is typing…');
  // Typing elsewhere does not show here.
  socket.page?.send(
    JSON.stringify({ type: 'typing', conversation_id: target.id + 1000, who: { kind: 'contact' }, active: true }),
  );
  typing({ kind: 'ai' }, false);
  await expect(line).toHaveText('');
});

test('a typing line lapses when no "stopped" frame comes', async ({ api, inbox, page }) => {
  const socket = await proxy(page);
  const target = await api.pickWhere('conversations', () => true, 6);
  await inbox.goto(`/conversations/${target.id}`);
  await expect.poll(() => socket.ready, { message: 'the socket is live' }).toBe(true);
  socket.page?.send(
    JSON.stringify({ type: 'typing', conversation_id: target.id, who: { kind: 'contact' }, active: true }),
  );
  const line = inbox.typingLine();
  await expect(line).toHaveText(`${target.contact.name} is typing…`);
  // The protocol's 6 s lapse, with the app's one-second pruning.
  await expect(line).toHaveText('', { timeout: 15_000 });
});

test("the agent's own typing is sent to the server, and stops", async ({ api, inbox, page }) => {
  const socket = await proxy(page);
  const target = await api.pickWhere('conversations', () => true, 7);
  await inbox.goto(`/conversations/${target.id}`);
  await expect.poll(() => socket.ready, { message: 'the socket is live' }).toBe(true);
  const typingFrames = () =>
    socket.sent
      .filter((f) => f.type === 'typing')
      .map((f) => ({ conversation_id: f.conversation_id, active: f.active }));

  await inbox.messageBox.pressSequentially('Hello');
  // At least one "typing" frame for this conversation (one more every 3 s of typing).
  await expect
    .poll(() => typingFrames().length, { message: 'a typing frame went out' })
    .toBeGreaterThan(0);
  expect(typingFrames().every((f) => f.conversation_id === target.id && f.active)).toBe(true);

  await inbox.messageBox.fill('');
  await expect
    .poll(() => typingFrames().at(-1), { message: 'emptying the draft says typing stopped' })
    .toEqual({ conversation_id: target.id, active: false });
});
