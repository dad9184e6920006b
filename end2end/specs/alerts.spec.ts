import type { Page, WebSocketRoute } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { Api, uniqueText, type ConversationId, type ConversationSummary } from '../support/api';
import { marta } from '../support/agents';
import { conversationUrl, isFrame } from '../pages/inbox';

/** A notification the app made, as the recorder saw it. */
interface Made {
  title: string;
  tag?: string;
  body?: string;
}

/**
 * Replaces `window.Notification` with a recorder before the app loads: every notification
 * made is kept (title, tag, body) with its instance, whose `onclick` the test can call.
 * `fake` pretends the browser's permission is that (and that asking answers `answer`, kept
 * over a reload);
 * without it the real permission is read (what `context.grantPermissions` set).
 */
async function recordNotifications(
  page: Page,
  fake?: { permission: NotificationPermission; answer: NotificationPermission },
): Promise<void> {
  await page.addInitScript((fake) => {
    const real = window.Notification;
    // Kept over a reload, as the browser keeps a site's permission.
    const KEY = 'e2e.notification-permission';
    let permission = (sessionStorage.getItem(KEY) as NotificationPermission | null) ?? fake?.permission;
    const made: unknown[] = [];
    class Recorder {
      title: string;
      tag?: string;
      body?: string;
      onclick: ((ev: Event) => unknown) | null = null;
      constructor(title: string, options?: NotificationOptions) {
        this.title = title;
        this.tag = options?.tag;
        this.body = options?.body;
        made.push(this);
      }
      close(): void {}
      static get permission(): NotificationPermission {
        return permission ?? real.permission;
      }
      static requestPermission(): Promise<NotificationPermission> {
        if (!fake) return real.requestPermission();
        permission = fake.answer;
        sessionStorage.setItem(KEY, permission);
        return Promise.resolve(permission);
      }
    }
    Object.assign(window, { Notification: Recorder, __notifications: made });
  }, fake);
}

/** The notifications the app made so far. */
function made(page: Page): Promise<Made[]> {
  return page.evaluate(() =>
    ((window as unknown as { __notifications: Made[] }).__notifications ?? []).map(({ title, tag, body }) => ({
      title,
      tag,
      body,
    })),
  );
}

/** How many notifications the app made for a conversation. */
async function madeFor(page: Page, id: ConversationId): Promise<number> {
  return (await made(page)).filter((n) => n.tag === String(id)).length;
}

/** The tab title the server's unread count calls for (the `all` mailbox's `unread`). */
async function wantedTitle(api: Api): Promise<{ title: string; badge: string }> {
  const counts = (await api.counts()) as unknown as { unread: number };
  const n = counts.unread;
  return {
    title: n === 0 ? 'Switchboard' : `(${n}) Switchboard`,
    // The favicon's badge text, as written into its data: URL.
    badge: n > 9 ? '%3E9+%3C/text%3E' : `%3E${n}%3C/text%3E`,
  };
}

/** The title and favicon follow the server's count (polled: the app counts again after events). */
async function expectTabCounts(page: Page, api: Api): Promise<void> {
  await expect
    .poll(
      async () => {
        const want = await wantedTitle(api);
        const title = await page.title();
        const href = (await page.locator('link[rel~="icon"]').getAttribute('href')) ?? '';
        if (title !== want.title) return `title ${title} ≠ ${want.title}`;
        if (want.title === 'Switchboard') return href.startsWith('data:') ? 'badge at 0' : 'ok';
        if (!href.startsWith('data:image/svg+xml,')) return `favicon ${href} has no badge`;
        return href.includes(want.badge) ? 'ok' : `favicon badge ≠ ${want.badge}`;
      },
      { message: 'the tab title and favicon count the unread conversations', timeout: 15_000 },
    )
    .toBe('ok');
}

/** Whether a socket frame is a customer's new message in `id`. */
function customerMessageIn(message: string | Buffer, id: ConversationId): boolean {
  try {
    const frame = JSON.parse(message.toString());
    const m = frame.event?.message;
    return (
      frame.type === 'event' &&
      frame.event.type === 'message_created' &&
      m?.conversation_id === id &&
      m?.author?.kind === 'contact'
    );
  } catch {
    return false;
  }
}

/**
 * Proxies the page's sockets to the server, sending each customer message in `twice` to
 * the page two times (a duplicated frame); `live()` says whether the server said `ready`.
 */
async function duplicateFrames(page: Page, twice: ConversationId): Promise<() => boolean> {
  let ready = false;
  await page.routeWebSocket(/\/api\/v1\/ws/, (ws: WebSocketRoute) => {
    const server = ws.connectToServer();
    server.onMessage((message) => {
      ws.send(message);
      if (customerMessageIn(message, twice)) ws.send(message);
      if (isFrame(message, 'ready')) ready = true;
    });
  });
  return () => ready;
}

test('a customer writing to another conversation: the title counts, the favicon badges, one notification opens it', async ({
  page,
  context,
  api,
  inbox,
  baseURL,
}) => {
  await context.grantPermissions(['notifications'], { origin: new URL(baseURL!).origin });
  await recordNotifications(page);
  const open = await api.pickConversation(4);
  const other = await api.pickConversation(5);
  const third = await api.pickConversation(6);
  const live = await duplicateFrames(page, other.id);

  await inbox.goto(`/conversations/${open.id}`);
  await expect.poll(live, { message: 'the socket is live', timeout: 15_000 }).toBe(true);
  await expectTabCounts(page, api);

  const text = uniqueText('e2e alert');
  await api.inbound(other.id, text);
  await expect.poll(() => madeFor(page, other.id), { message: 'one notification for it' }).toBe(1);
  const [note] = (await made(page)).filter((n) => n.tag === String(other.id));
  expect([other.contact.name, 'New message']).toContain(note.title);
  expect(note.body).toBe(text);
  await expectTabCounts(page, api);

  // The next customer message elsewhere alerts; the duplicated frame before it did not.
  await api.inbound(third.id, uniqueText('e2e alert after'));
  await expect.poll(() => madeFor(page, third.id)).toBe(1);
  expect(await madeFor(page, other.id)).toBe(1);
  // Nothing for the conversation on screen.
  expect(await madeFor(page, open.id)).toBe(0);

  // Clicking the notification opens its conversation.
  await page.evaluate((tag) => {
    const all = (window as unknown as { __notifications: { tag?: string; onclick: ((ev: Event) => unknown) | null }[] })
      .__notifications;
    const n = all.find((x) => x.tag === tag);
    n?.onclick?.(new Event('click'));
  }, String(other.id));
  await expect(page).toHaveURL(conversationUrl(other.id));
  await expect(inbox.message(text)).toHaveCount(1);
});

test('with notifications blocked, nothing is shown but the title and favicon still count', async ({
  page,
  api,
  inbox,
}) => {
  await recordNotifications(page, { permission: 'denied', answer: 'denied' });
  const open = await api.pickConversation(4);
  const other = await api.pickConversation(5);
  await inbox.gotoLive(`/conversations/${open.id}`);

  const text = uniqueText('e2e alert blocked');
  await api.inbound(other.id, text);
  // The message is in (its row is on top with the text)…
  await expect(inbox.rows.first()).toContainText(text);
  await expectTabCounts(page, api);
  // …and no notification was made.
  expect(await made(page)).toEqual([]);

  // The agent menu says why it cannot turn them on; no banner asks.
  await expect(page.getByRole('group', { name: 'Notifications' })).toHaveCount(0);
  await page.locator('.sb-agent-menu').click();
  const turnOn = page.getByRole('menuitem', { name: 'Turn on notifications' });
  await expect(turnOn).toBeVisible();
  await expect(turnOn).toHaveAttribute('aria-disabled', 'true');
  await expect(turnOn).toHaveAttribute('aria-description', /blocked/);
});

test('the banner and the agent menu turn notifications on only when asked; the sound is chosen per agent', async ({
  page,
  api,
  inbox,
}) => {
  await recordNotifications(page, { permission: 'default', answer: 'granted' });
  const open = await api.pickConversation(4);
  const other = await api.pickConversation(5);
  // How many times a socket of the page heard `ready` (once per load).
  let readies = 0;
  page.on('websocket', (ws) =>
    ws.on('framereceived', ({ payload }) => {
      if (isFrame(payload, 'ready')) readies += 1;
    }),
  );
  await inbox.goto(`/conversations/${open.id}`);

  // Never asked on load: a banner offers it.
  const banner = page.getByRole('group', { name: 'Notifications' });
  await expect(banner).toBeVisible();
  await page.locator('.sb-agent-menu').click();
  await expect(page.getByRole('menuitem', { name: 'Turn on notifications' })).not.toHaveAttribute(
    'aria-disabled',
    'true',
  );
  // The sound: one choice of three, kept over a reload.
  const sound = page.getByRole('group', { name: 'Sound' });
  await expect(sound.getByRole('menuitemradio')).toHaveCount(3);
  await sound.getByRole('menuitemradio', { name: 'Everything' }).click();
  await page.reload();
  await expect(inbox.rows.first()).toBeVisible();
  await page.locator('.sb-agent-menu').click();
  await expect(page.getByRole('menuitemradio', { name: 'Everything' })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByRole('menuitemradio', { name: 'Off' })).toHaveAttribute('aria-checked', 'false');
  await page.keyboard.press('Escape');

  // Turned on from the banner: it goes for good, and notifications come.
  await banner.getByRole('button', { name: 'Turn on notifications' }).click();
  await expect(banner).toHaveCount(0);
  await page.locator('.sb-agent-menu').click();
  await expect(page.getByRole('menuitem', { name: 'Turn on notifications' })).toHaveAttribute(
    'aria-description',
    'Notifications are on.',
  );
  await page.keyboard.press('Escape');
  await expect.poll(() => readies, { message: 'the reloaded page is live', timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  await api.inbound(other.id, uniqueText('e2e alert turned on'));
  await expect.poll(() => madeFor(page, other.id)).toBe(1);
  await page.reload();
  await expect(inbox.rows.first()).toBeVisible();
  await expect(page.getByRole('group', { name: 'Notifications' })).toHaveCount(0);
});

/** Counts the tones the app's WebAudio plays (each beep is two), on the real AudioContext. */
async function countTones(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __tones: number };
    w.__tones = 0;
    const start = AudioScheduledSourceNode.prototype.start;
    AudioScheduledSourceNode.prototype.start = function (this: AudioScheduledSourceNode, when?: number) {
      w.__tones += 1;
      return start.call(this, when);
    };
  });
  return () => page.evaluate(() => (window as unknown as { __tones: number }).__tones);
}

test("a mention in a note alerts the mentioned agent with the sound; a customer elsewhere sounds only when the agent chose Everything", async ({
  page,
  context,
  api,
  inbox,
  baseURL,
}) => {
  await context.grantPermissions(['notifications'], { origin: new URL(baseURL!).origin });
  await recordNotifications(page);
  const tones = await countTones(page);
  const { agent: me } = await api.me();
  const open = await api.pickConversation(4);
  const notMine = (c: ConversationSummary) =>
    c.id !== open.id && c.assignee !== me.id && !(c.operators ?? []).includes(me.id);
  const mentioned = await api.pickWhere('conversations of others', notMine, 1);
  const customer = await api.pickWhere('conversations of others', notMine, 2);
  const asMarta = await Api.signIn(baseURL!, marta);
  try {
    await inbox.gotoLive(`/conversations/${open.id}`);

    // Marta mentions this agent in a note on a conversation that is not theirs.
    // Written as the composer writes a mention: the name after an @.
    const text = `@${me.name} ${uniqueText('e2e mention')}`;
    await asMarta.sendMessage(mentioned.id, { text, visibility: 'internal', mentions: [me.id] });
    await expect.poll(() => madeFor(page, mentioned.id), { message: 'one notification for the mention' }).toBe(1);
    const [note] = (await made(page)).filter((n) => n.tag === String(mentioned.id));
    expect(note.title).toBe(`${marta.name} mentioned you`);
    // The contact's name leads the body when the conversation is loaded in the app.
    expect([`${mentioned.contact.name}: ${text}`, text]).toContain(note.body);
    // The default sound ("Mentions and assigned to me") beeps for it: two tones.
    await expect.poll(tones, { message: 'the beep for a mention' }).toBe(2);

    // A note that mentions nobody alerts nobody.
    await asMarta.sendMessage(mentioned.id, { text: uniqueText('e2e plain note'), visibility: 'internal' });
    // A customer in a conversation of someone else's: a notification, no sound.
    await api.inbound(customer.id, uniqueText('e2e not mine'));
    await expect.poll(() => madeFor(page, customer.id)).toBe(1);
    expect(await madeFor(page, mentioned.id)).toBe(1);
    expect(await tones()).toBe(2);

    // With "Everything" chosen, the next one sounds too.
    await page.locator('.sb-agent-menu').click();
    await page.getByRole('group', { name: 'Sound' }).getByRole('menuitemradio', { name: 'Everything' }).click();
    await api.inbound(customer.id, uniqueText('e2e everything'));
    await expect.poll(() => madeFor(page, customer.id)).toBe(2);
    await expect.poll(tones, { message: 'the beep for any customer' }).toBe(4);
  } finally {
    await page.evaluate(() => {
      for (const k of Object.keys(localStorage)) if (k.includes('alerts')) localStorage.removeItem(k);
    });
    await asMarta.dispose();
  }
});
