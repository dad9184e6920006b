import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { uniqueText } from '../support/api';
import { lucia } from '../support/agents';
import { appOrigin, serveApp } from '../support/static_origin';
import { hostOrigin, serveHostPage } from '../support/host_page';

/**
 * The host-page API (`docs/embedding.md`) for real: the app on one origin (`appOrigin`,
 * with a `config.json` naming the host), the host page on another (`hostOrigin`), the
 * backend on a third (the suite's server), driven through the shipped `embed.js`.
 */

const EVENTS = [
  'ready',
  'unread.changed',
  'conversation.opened',
  'message.sent',
  'message.received',
  'outbox.changed',
  'signed_out',
  'auth.expired',
];

/** A host page: the inbox mounted through `embed.js`, its events collected in `window.heard`,
 * and `window.raw(envelope)` posting straight to the app's frame (the answer, or null). */
function hostHtml(app: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Example CRM</title></head>
<body>
  <h1>Contact: Ann Example</h1>
  <div id="inbox" style="width: 1280px; height: 760px"></div>
  <script src="${app}/embed.js"></script>
  <script>
    window.heard = [];
    window.sb = Switchboard.mount(document.getElementById('inbox'), { url: '${app}/' });
    for (const name of ${JSON.stringify(EVENTS)}) {
      sb.on(name, (payload) => heard.push({ type: name, payload }));
    }
    window.call = (method, ...args) =>
      sb[method](...args).then(
        (r) => ({ ok: true, result: r }),
        (e) => ({ ok: false, error: String(e && e.message), result: e && e.result }),
      );
    window.raw = (message, ms = 1500) =>
      new Promise((resolve) => {
        const frame = document.querySelector('#inbox iframe');
        const id = message && message.id;
        const listen = (ev) => {
          if (ev.source === frame.contentWindow && ev.data && ev.data.type === 'result' && ev.data.id === id) {
            removeEventListener('message', listen);
            resolve(ev.data);
          }
        };
        addEventListener('message', listen);
        frame.contentWindow.postMessage(message, '${app}');
        setTimeout(() => { removeEventListener('message', listen); resolve(null); }, ms);
      });
  </script>
</body></html>`;
}

type Heard = { type: string; payload: Record<string, unknown> };

const heard = (page: Page) => page.evaluate(() => (window as unknown as { heard: Heard[] }).heard);
const call = (page: Page, method: string, ...args: unknown[]) =>
  page.evaluate(
    ([m, a]) => (window as unknown as { call: (m: string, ...x: unknown[]) => Promise<{ ok: boolean; error?: string }> }).call(m as string, ...(a as unknown[])),
    [method, args] as const,
  );
const raw = (page: Page, message: unknown, ms?: number) =>
  page.evaluate(
    ([msg, wait]) =>
      (window as unknown as { raw: (m: unknown, ms?: number) => Promise<{ ok: boolean; error?: string } | null> }).raw(msg, wait as number | undefined),
    [message, ms] as const,
  );

/** A plain page on a third origin (nobody's host): frames `src` and records what it hears. */
async function strangerPage(src: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<!doctype html>
<html><head><title>Stranger</title></head><body>
<iframe id="app" src="${src}" style="width: 1000px; height: 700px" title="app"></iframe>
<script>
  window.heard = [];
  addEventListener('message', (ev) => heard.push(ev.data));
</script></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function tokenOf(baseURL: string, who: { email: string; password: string }): Promise<string> {
  const r = await fetch(`${baseURL}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: who.email, password: who.password }),
  });
  expect(r.ok).toBe(true);
  return ((await r.json()) as { token: string }).token;
}

test.describe('embedded in a host page', () => {
  test.describe.configure({ mode: 'serial' });

  test('the host signs the app in, drives it with every command and hears every event', async ({
    page,
    api,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const app = await serveApp(
      JSON.stringify({ api_base: `${baseURL}/api/v1`, auth: 'host', host_origins: [hostOrigin] }),
    );
    const host = await serveHostPage({ html: hostHtml(appOrigin) });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      const target = await api.pickConversation(8);
      await page.goto(host.url);
      const frame = page.frameLocator('#inbox iframe');
      await expect.poll(async () => (await heard(page)).map((e) => e.type)).toContain('ready');
      // `auth: "host"`: no sign-in form, the app waits for the host's token.
      await expect(frame.getByRole('status')).toContainText('Waiting for the page around Switchboard');
      await expect(frame.getByRole('form', { name: 'Sign in' })).toHaveCount(0);

      // A refused token is answered as such and changes nothing.
      const refused = await call(page, 'setToken', 'not-a-real-token');
      expect(refused.ok).toBe(false);
      await expect(frame.getByRole('status')).toContainText('Waiting for the page around Switchboard');

      const signedIn = await call(page, 'setToken', await tokenOf(baseURL!, lucia));
      expect(signedIn).toMatchObject({ ok: true });
      const list = frame.getByRole('listbox', { name: 'Conversation list', exact: true });
      await expect(list.getByRole('option').first()).toBeVisible();
      await expect
        .poll(async () => (await heard(page)).find((e) => e.type === 'unread.changed')?.payload)
        .toMatchObject({ total: expect.any(Number), mailboxes: expect.objectContaining({ all: expect.any(Number) }) });

      // open.conversation → the conversation on screen, and conversation.opened.
      expect(await call(page, 'openConversation', target.id)).toMatchObject({ ok: true });
      await expect(frame.getByRole('main', { name: 'Conversation', exact: true })).toBeVisible();
      await expect
        .poll(async () => (await heard(page)).filter((e) => e.type === 'conversation.opened').map((e) => e.payload.conversation_id))
        .toContain(target.id);
      // One that does not exist is refused.
      const missing = await call(page, 'openConversation', 987654321);
      expect(missing.ok).toBe(false);

      // compose → in the reply box; sent by the agent → message.sent.
      const text = uniqueText('e2e composed by the CRM');
      expect(await call(page, 'compose', text)).toMatchObject({ ok: true });
      const composer = frame.getByRole('form', { name: 'Composer', exact: true });
      const box = composer.getByRole('textbox', { name: 'Message', exact: true });
      await expect(box).toHaveValue(text);
      await composer.getByRole('button', { name: 'Send', exact: true }).click();
      await expect
        .poll(async () => (await heard(page)).find((e) => e.type === 'message.sent')?.payload)
        .toMatchObject({ conversation_id: target.id, message_id: expect.any(Number) });
      const sentId = (await heard(page)).find((e) => e.type === 'message.sent')!.payload.message_id;
      // The outbox held it, then let it go.
      await expect
        .poll(async () => (await heard(page)).filter((e) => e.type === 'outbox.changed').map((e) => e.payload.unsent))
        .toEqual(expect.arrayContaining([0, 1]));
      const outbox = (await heard(page)).filter((e) => e.type === 'outbox.changed');
      expect(outbox[outbox.length - 1].payload.unsent).toBe(0);
      const stored = await api.messages(target.id);
      expect(stored.some((m) => m.id === sentId)).toBe(true);

      // A customer writes → message.received.
      const inbound = await api.inbound(target.id, uniqueText('e2e customer to the CRM'));
      await expect
        .poll(async () => (await heard(page)).filter((e) => e.type === 'message.received').map((e) => e.payload.message_id))
        .toContain(inbound.id);

      // open.contact for somebody without a conversation: New message, already searched.
      const email = `e2e-crm-${Date.now()}@example.com`;
      expect(await call(page, 'openContact', { email })).toMatchObject({ ok: true });
      const dialog = frame.getByRole('dialog', { name: 'New message' });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('searchbox')).toHaveValue(email);
      await dialog.press('Escape');

      // set.language and set.theme.
      expect(await call(page, 'setLanguage', 'fr')).toMatchObject({ ok: true });
      await expect(frame.locator('html')).toHaveAttribute('lang', 'fr');
      expect(await call(page, 'setLanguage', 'en')).toMatchObject({ ok: true });
      expect(await call(page, 'setTheme', 'dark')).toMatchObject({ ok: true });
      await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');

      // Wrong payloads are answered ok: false and not acted on; no id, no answer.
      const wrong = await raw(page, { switchboard: 1, type: 'set.theme', id: 'w1', payload: { theme: 'pink' } });
      expect(wrong).toMatchObject({ type: 'result', id: 'w1', ok: false, error: expect.stringContaining('theme') });
      await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
      const unknown = await raw(page, { switchboard: 1, type: 'delete.all', id: 'w2', payload: {} });
      expect(unknown).toMatchObject({ ok: false, error: expect.stringContaining('unknown command') });
      const big = await raw(page, { switchboard: 1, type: 'compose', id: 'w3', payload: { text: 'x'.repeat(70_000) } });
      expect(big).toMatchObject({ ok: false, error: expect.stringContaining('64 KB') });
      expect(await raw(page, { switchboard: 1, type: 'sign_out', payload: {} }, 800)).toBeNull();
      await expect(list.getByRole('option').first()).toBeVisible();

      // sign_out → signed_out, and the app waits for a token again.
      expect(await call(page, 'signOut')).toMatchObject({ ok: true });
      await expect.poll(async () => (await heard(page)).map((e) => e.type)).toContain('signed_out');
      await expect(frame.getByRole('status')).toContainText('Waiting for the page around Switchboard');
      expect(errors.filter((e) => e.includes('panicked'))).toEqual([]);
    } finally {
      await host.close();
      await app.close();
    }
  });

  test('a page on another origin hears nothing and is not heard', async ({ page, baseURL }) => {
    const app = await serveApp(
      JSON.stringify({ api_base: `${baseURL}/api/v1`, auth: 'host', host_origins: [hostOrigin] }),
    );
    const stranger = await strangerPage(`${appOrigin}/`);
    try {
      await page.goto(stranger.url);
      const frame = page.frameLocator('#app');
      await expect(frame.getByRole('status')).toContainText('Waiting for the page around Switchboard');
      // It tries every command; none is answered, none acted on.
      await page.evaluate((app) => {
        const w = (document.getElementById('app') as HTMLIFrameElement).contentWindow!;
        for (const [i, [type, payload]] of [
          ['auth.token', { token: 'x' }],
          ['set.theme', { theme: 'dark' }],
          ['set.language', { language: 'fr' }],
          ['sign_out', {}],
        ].entries()) {
          w.postMessage({ switchboard: 1, type, id: `s${i}`, payload }, app);
        }
      }, appOrigin);
      await page.waitForTimeout(1_500);
      expect(await page.evaluate(() => (window as unknown as { heard: unknown[] }).heard)).toEqual([]);
      await expect(frame.locator('html')).not.toHaveAttribute('data-theme', 'dark');
      await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
    } finally {
      await stranger.close();
      await app.close();
    }
  });

  test('only the configured host origins may frame the reference server', async ({ page, baseURL, request }) => {
    const answer = await request.get(`${baseURL}/conversations/1`);
    const csp = answer.headers()['content-security-policy'] ?? '';
    expect(csp).toContain('frame-ancestors');
    expect(csp).toContain(hostOrigin);

    // The host origin frames it: the app shows.
    const host = await serveHostPage({
      html: `<!doctype html><title>Host</title><iframe id="app" src="${baseURL}/" style="width:1000px;height:700px" title="app"></iframe>`,
    });
    try {
      await page.goto(host.url);
      await expect(
        page.frameLocator('#app').getByRole('listbox', { name: 'Conversation list', exact: true }).getByRole('option').first(),
      ).toBeVisible();
    } finally {
      await host.close();
    }
    // Another origin: frame-ancestors blocks it, the frame stays blank.
    const stranger = await strangerPage(`${baseURL}/`);
    try {
      await page.goto(stranger.url);
      await page.waitForTimeout(1_500);
      const framed = page.frames().find((f) => f !== page.mainFrame());
      expect(framed).toBeDefined();
      expect(framed!.url()).not.toContain(new URL(baseURL!).host);
      await expect(page.frameLocator('#app').getByRole('listbox')).toHaveCount(0);
    } finally {
      await stranger.close();
    }
  });

  test('a long fuzz of malformed messages leaves the app working, without a panic', async ({ page, baseURL }) => {
    test.setTimeout(90_000);
    const app = await serveApp(
      JSON.stringify({ api_base: `${baseURL}/api/v1`, auth: 'host', host_origins: [hostOrigin] }),
    );
    const host = await serveHostPage({ html: hostHtml(appOrigin) });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(host.url);
      await expect.poll(async () => (await heard(page)).map((e) => e.type)).toContain('ready');
      const answered = await page.evaluate(async (app) => {
        const w = (document.querySelector('#inbox iframe') as HTMLIFrameElement).contentWindow!;
        let answers = 0;
        addEventListener('message', (ev) => {
          if (ev.data && ev.data.type === 'result') answers++;
        });
        // xorshift32: the same messages on every run.
        let seed = 2463534242;
        const rnd = (n: number) => {
          seed ^= seed << 13;
          seed >>>= 0;
          seed ^= seed >>> 17;
          seed ^= seed << 5;
          seed >>>= 0;
          return seed % n;
        };
        const kinds = ['auth.token', 'open.conversation', 'open.contact', 'compose', 'set.language', 'set.theme', 'sign_out', 'result', '', 'x'];
        const values: unknown[] = [null, true, 0, -1, 1e308, 'x', '', [], {}, [1, [2]], { a: { b: {} } }, 'ü\u0000\ud800', 'a'.repeat(5000)];
        for (let i = 0; i < 3000; i++) {
          const message: Record<string, unknown> = {};
          if (rnd(10)) message.switchboard = rnd(8) ? 1 : values[rnd(values.length)];
          if (rnd(10)) message.type = rnd(4) ? kinds[rnd(kinds.length)] : values[rnd(values.length)];
          if (rnd(10)) message.id = rnd(4) ? `f${i}` : values[rnd(values.length)];
          const payload: Record<string, unknown> = {};
          for (const key of ['token', 'conversation_id', 'external_id', 'phone', 'email', 'text', 'language', 'theme', 'zzz']) {
            if (!rnd(3)) payload[key] = values[rnd(values.length)];
          }
          message.payload = rnd(6) ? payload : values[rnd(values.length)];
          // Never a valid sign_out or token: the app must still be there afterwards.
          if (message.type === 'sign_out' || message.type === 'auth.token') message.payload = { zzz: 1 };
          w.postMessage(rnd(20) ? message : values[rnd(values.length)], app);
        }
        await new Promise((r) => setTimeout(r, 1500));
        return answers;
      }, appOrigin);
      expect(answered).toBeGreaterThan(100);
      // Still listening, still answering.
      expect(await call(page, 'setTheme', 'dark')).toMatchObject({ ok: true });
      await expect(page.frameLocator('#inbox iframe').locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(errors.filter((e) => /panicked|RuntimeError|unreachable/.test(e))).toEqual([]);
    } finally {
      await host.close();
      await app.close();
    }
  });
});
