import { execFileSync } from 'node:child_process';
import type { Page, WebSocketRoute } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import type { Api } from '../support/api';
import { uniqueText } from '../support/api';
import { isFrame } from '../pages/inbox';
import { appOrigin, serveApp } from '../support/static_origin';

/**
 * A kiosk desk (`auth: "kiosk"`, UI-CONTRACT "Accounts, kiosk desks"): the app on its own
 * origin, set up with a device code made by the real admin command, agents signing in with
 * their PIN (the demo's `1234`), and the idle rules run on Playwright's clock.
 */

/** `switchboard-server device add` on the suite server's data, as an admin would run it. */
function deviceCode(team: string): string {
  const bin = process.env.SWITCHBOARD_SERVER_BIN;
  if (!bin || !process.env.SWITCHBOARD_DATA) {
    throw new Error('run through `cargo xtask e2e` (SWITCHBOARD_SERVER_BIN and SWITCHBOARD_DATA)');
  }
  const out = execFileSync(bin, ['device', 'add', '--team', team, '--name', `e2e desk ${Date.now()}-${Math.random()}`], {
    encoding: 'utf8',
  });
  return out.trim().split('\n').pop()!.trim();
}

async function deskTeam(api: Api): Promise<string> {
  const teams = await api.teams();
  return (teams.find((t) => t.name === 'Support') ?? teams[0]).name;
}

/** Sets the desk up and signs the `n`-th agent of `Who is working?` in; their name. */
async function setUpAndSignIn(page: Page, code: string, n = 0): Promise<string> {
  const setUp = page.getByRole('form', { name: 'Set up this desk' });
  await expect(setUp).toBeVisible();
  await setUp.getByRole('textbox', { name: 'Device code' }).fill(code.toLowerCase());
  await setUp.getByRole('button', { name: 'Set up' }).click();
  return signInAt(page, n);
}

async function signInAt(page: Page, n: number, pin = '1234'): Promise<string> {
  const who = page.getByRole('form', { name: 'Who is working?' });
  await expect(who).toBeVisible();
  const agents = who.getByRole('group').getByRole('button');
  await expect(agents.first()).toBeVisible();
  const agent = agents.nth(Math.min(n, (await agents.count()) - 1));
  const name = (await agent.textContent())!.trim();
  await agent.click();
  await expect(agent).toHaveAttribute('aria-pressed', 'true');
  await who.getByRole('textbox', { name: 'PIN' }).fill(pin);
  await who.getByRole('button', { name: 'Sign in', exact: true }).click();
  return name;
}

const rows = (page: Page) =>
  page.getByRole('listbox', { name: 'Conversation list', exact: true }).getByRole('option');

test.describe('a kiosk desk', () => {
  test.describe.configure({ mode: 'serial' });

  test('set up once; a PIN per agent; idle blur; sign-out waits for the outbox, then wipes; the next agent starts clean', async ({
    page,
    api,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const app = await serveApp(
      JSON.stringify({
        api_base: `${baseURL}/api/v1`,
        auth: 'kiosk',
        kiosk: { idle_blur_s: 10, idle_sign_out_s: 30 },
      }),
    );
    try {
      await page.clock.install();
      await page.goto(`${appOrigin}/`);

      // A wrong code is refused with words; the real one sets the desk up.
      const setUp = page.getByRole('form', { name: 'Set up this desk' });
      await setUp.getByRole('textbox', { name: 'Device code' }).fill('ABCD-EFGH');
      await setUp.getByRole('button', { name: 'Set up' }).click();
      await expect(setUp.getByRole('alert')).toContainText('not valid');
      const code = deviceCode(await deskTeam(api));

      // A wrong PIN, then the right one.
      await setUp.getByRole('textbox', { name: 'Device code' }).fill(code);
      const claimed = page.waitForResponse((r) => r.url().endsWith('/devices/claim') && r.ok());
      await setUp.getByRole('button', { name: 'Set up' }).click();
      const who = page.getByRole('form', { name: 'Who is working?' });
      await expect(who).toBeVisible();
      // The device token is the backend's HttpOnly cookie: nothing a script of the desk's
      // page reads holds it, and a reload still finds who works here.
      const { device_token: deviceToken } = (await (await claimed).json()) as { device_token: string };
      const readable = await page.evaluate(
        () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie,
      );
      expect(readable).not.toContain(deviceToken);
      await page.reload();
      await expect(who.getByRole('group').getByRole('button').first()).toBeVisible();
      await signInAt(page, 0, '0000');
      await expect(who.getByRole('alert')).toHaveText('Wrong PIN.');
      const agent = await signInAt(page, 0);
      await expect(rows(page).first()).toBeVisible();
      await expect(page.getByRole('button', { name: agent })).toBeVisible();
      // Every control is a touch target.
      const small = await page.evaluate(() =>
        Array.from(document.querySelectorAll('button'))
          .filter((b) => b.offsetParent !== null)
          .map((b) => b.getBoundingClientRect())
          .filter((r) => r.height < 44 || r.width < 44).length,
      );
      expect(small).toBe(0);

      // Idle: the screen hides customer data; a touch brings it back.
      const guard = page.getByRole('dialog', { name: 'Customer data is hidden while nobody uses the desk.' });
      await page.clock.fastForward(11_000);
      await expect(guard).toBeVisible();
      await guard.getByRole('button', { name: 'Continue' }).click();
      await expect(guard).toHaveCount(0);

      // A message that cannot leave yet: the sign-out waits for it, and says so.
      await rows(page).first().click();
      const conversationId = Number(new URL(page.url()).pathname.split('/').pop());
      const composer = page.getByRole('form', { name: 'Composer', exact: true });
      const text = uniqueText('e2e written at the desk');
      await page.route('**/api/v1/conversations/*/messages', (route) =>
        route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.fallback(),
      );
      await composer.getByRole('textbox', { name: 'Message', exact: true }).fill(text);
      await composer.getByRole('button', { name: 'Send', exact: true }).click();
      await page.clock.fastForward(31_000);
      await expect(guard).toBeVisible();
      await expect(guard.getByRole('status')).toHaveText('Signing out once the last message is sent…');
      await page.waitForTimeout(1_000);
      await expect(page.getByRole('form', { name: 'Who is working?' })).toHaveCount(0);

      // The network is back: the message goes, then the agent is signed out and wiped.
      await page.unroute('**/api/v1/conversations/*/messages');
      await expect(page.getByRole('form', { name: 'Who is working?' })).toBeVisible({ timeout: 20_000 });
      const sent = (await api.fullMessages(conversationId)).filter((m) => m.content.text === text);
      expect(sent).toHaveLength(1);
      expect(sent[0].author).toMatchObject({ kind: 'agent', name: agent });
      // Only the desk's own settings are left in the browser: its credential and, at
      // most, its panel layout; nothing of the agent (token, drafts, outbox, language).
      const kept = await page.evaluate(() => Object.keys(localStorage));
      expect(kept).toContain('switchboard.desk');
      expect(kept.filter((k) => k !== 'switchboard.desk' && k !== 'switchboard.panel')).toEqual([]);
      expect(await page.evaluate(() => sessionStorage.length)).toBe(0);

      // The next agent starts clean: no draft, nothing queued, the inbox as anyone's.
      await signInAt(page, 1);
      await expect(rows(page).first()).toBeVisible();
      await page.goto(`${appOrigin}/conversations/${conversationId}`);
      await expect(composer.getByRole('textbox', { name: 'Message', exact: true })).toHaveValue('');
    } finally {
      await app.close();
    }
  });

  test('the socket black-holed for minutes comes back by itself, and the desk stays signed in', async ({
    page,
    api,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const app = await serveApp(
      JSON.stringify({
        api_base: `${baseURL}/api/v1`,
        auth: 'kiosk',
        kiosk: { idle_blur_s: 3600, idle_sign_out_s: 7200 },
      }),
    );
    let refuse = false;
    const sockets: { page: WebSocketRoute; server?: WebSocketRoute; ready: boolean }[] = [];
    await page.routeWebSocket(/\/api\/v1\/ws/, (ws) => {
      if (refuse) {
        // A black hole: the socket opens, and nothing ever answers (a dead proxy, a
        // half-open connection). Only the app's own silence limit gets it out.
        sockets.push({ page: ws, ready: false });
        return;
      }
      const server = ws.connectToServer();
      const s = { page: ws, server, ready: false };
      sockets.push(s);
      server.onMessage((m) => {
        ws.send(m);
        if (isFrame(m, 'ready')) s.ready = true;
      });
    });
    try {
      await page.clock.install();
      await page.goto(`${appOrigin}/`);
      await setUpAndSignIn(page, deviceCode(await deskTeam(api)));
      await expect(rows(page).first()).toBeVisible();
      await expect.poll(() => sockets.some((s) => s.ready), { timeout: 15_000 }).toBe(true);

      // Down for five minutes: every attempt goes nowhere.
      refuse = true;
      const live = sockets.find((s) => s.ready)!;
      await live.page.close({ code: 4000, reason: 'e2e: cut' });
      await live.server?.close({ code: 1001, reason: 'e2e: cut' });
      const before = sockets.length;
      for (let minute = 0; minute < 5; minute++) {
        await page.clock.fastForward(60_000);
        await page.waitForTimeout(200);
      }
      expect(sockets.length).toBeGreaterThan(before);

      // Back: the app gives up on the silent socket and reconnects by itself.
      refuse = false;
      const afterOutage = sockets.length;
      await page.clock.fastForward(46_000);
      await expect
        .poll(() => sockets.slice(afterOutage).some((s) => s.ready), { timeout: 30_000 })
        .toBe(true);
      await expect(page.getByRole('form', { name: 'Who is working?' })).toHaveCount(0);
    } finally {
      await app.close();
    }
  });
});
