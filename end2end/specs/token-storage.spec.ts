import { test, expect } from '../support/fixtures';
import type { Page, Response } from '@playwright/test';
import { Api, uniqueText } from '../support/api';
import { marta, lucia } from '../support/agents';
import { SignInForm, signOut } from '../pages/sign_in';
import { appOrigin, serveApp } from '../support/static_origin';
import { startShortTtlServer } from '../support/short_ttl_server';

/**
 * Issue 18: no credential readable by script. The access token lives in the app's memory
 * only; a reload stays signed in through the `HttpOnly` refresh cookie
 * (`POST /api/v1/session/refresh`), which no script of the page can read.
 */

/** Everything a script of the page can read: cookies, both storages, every IndexedDB store. */
async function readableByScript(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts: string[] = [`cookie:${document.cookie}`];
    for (const s of [localStorage, sessionStorage]) {
      for (let i = 0; i < s.length; i += 1) {
        const key = s.key(i)!;
        parts.push(`${key}=${s.getItem(key)}`);
      }
    }
    const ask = <T,>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    for (const info of await indexedDB.databases()) {
      const db = await ask(indexedDB.open(info.name!));
      for (const store of Array.from(db.objectStoreNames)) {
        parts.push(`${info.name}/${store}:${JSON.stringify(await ask(db.transaction(store).objectStore(store).getAll()))}`);
      }
      db.close();
    }
    return parts.join('\n');
  });
}

const isSignIn = (r: Response) => r.url().endsWith('/api/v1/session') && r.request().method() === 'POST';
const isRefresh = (r: Response) => r.url().endsWith('/api/v1/session/refresh');

async function refreshCookie(page: Page) {
  return (await page.context().cookies()).find((c) => c.name === 'switchboard_refresh');
}

test('after sign-in no token is readable by script, the refresh cookie is HttpOnly, Secure and SameSite=Strict, and a reload stays signed in through it', async ({
  page,
  inbox,
}) => {
  await page.goto('/sign-in');
  // A token an older version left in storage is removed on start.
  await page.evaluate(() => localStorage.setItem('switchboard.token', 'left-by-an-older-version'));
  await page.reload();
  const form = new SignInForm(page);
  const signedIn = page.waitForResponse(isSignIn);
  await form.signIn(marta);
  const { token } = (await (await signedIn).json()) as { token: string };
  await expect(inbox.rows.first()).toBeVisible();

  // Chromium keeps a `Secure` cookie on http://127.0.0.1 (loopback is a secure context).
  const cookie = await refreshCookie(page);
  expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/api/v1/session' });
  let readable = await readableByScript(page);
  for (const secret of [token, cookie!.value, 'left-by-an-older-version']) expect(readable).not.toContain(secret);
  expect(await page.evaluate(() => document.cookie)).not.toContain('switchboard_refresh');

  const refreshed = page.waitForResponse(isRefresh);
  await page.reload();
  const renewal = await refreshed;
  expect(renewal.status()).toBe(200);
  const renewed = ((await renewal.json()) as { token: string }).token;
  await expect(inbox.rows.first()).toBeVisible();
  await expect(page.getByRole('button', { name: marta.name, exact: true })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Sign in' })).toHaveCount(0);
  const rotated = await refreshCookie(page);
  expect(rotated?.value).not.toBe(cookie!.value);
  readable = await readableByScript(page);
  for (const secret of [renewed, rotated!.value]) expect(readable).not.toContain(secret);
});

test('calls refused with 401 share one renewal, go again, and the agent never sees the sign-in form', async ({
  page,
  inbox,
}) => {
  await page.goto('/sign-in');
  const signedIn = page.waitForResponse(isSignIn);
  await new SignInForm(page).signIn(lucia);
  const { token } = (await (await signedIn).json()) as { token: string };
  await expect(inbox.rows.first()).toBeVisible();

  // From now on the first token is refused, as when it has expired.
  const refused: string[] = [];
  await page.route('**/api/v1/**', (route) => {
    if (route.request().headers()['authorization'] === `Bearer ${token}`) {
      refused.push(route.request().url());
      return route.fulfill({ status: 401, contentType: 'application/json', body: '{"code":"unauthorized","message":"expired"}' });
    }
    return route.fallback();
  });
  // The renewal is held until a second call has been refused (5 s at most): otherwise
  // a quick renewal can answer before the other calls of the open have left, and they
  // would go out with the new token, testing nothing shared.
  await page.route('**/api/v1/session/refresh', async (route) => {
    for (let waited = 0; refused.length < 2 && waited < 5_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    return route.fallback();
  });
  const renewals: number[] = [];
  page.on('response', (r) => {
    if (isRefresh(r)) renewals.push(r.status());
  });
  // Opening a conversation asks for several things at once.
  await inbox.rows.nth(1).click();
  await expect(inbox.messages.first()).toBeVisible();
  await expect.poll(() => refused.length).toBeGreaterThan(1);
  expect(renewals).toEqual([200]);
  await expect(page.getByRole('dialog', { name: 'Sign in to Switchboard' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: lucia.name, exact: true })).toBeVisible();
});

test('with a 3-second access token the app keeps working across many expiries, renewed through the cookie', async ({
  page,
  inbox,
}) => {
  test.setTimeout(90_000);
  const server = await startShortTtlServer(3);
  try {
    const api = await Api.signIn(server.url);
    const target = await api.pickReplyable(0);
    await api.dispose();
    const renewals: number[] = [];
    page.on('response', (r) => {
      if (isRefresh(r)) renewals.push(r.status());
    });
    await page.goto(`${server.url}/sign-in`);
    await new SignInForm(page).signIn(marta);
    await expect(inbox.rows.first()).toBeVisible();
    // The sign-in page's own start asked once, with no cookie yet (a 401, as it should).
    const signedIn = renewals.length;
    inbox.watchSocket();
    await page.goto(`${server.url}/conversations/${target.id}`);
    await inbox.untilLive();
    const before = renewals.length;
    // Several lifetimes of the access token go by.
    await expect.poll(() => renewals.length - before, { timeout: 30_000 }).toBeGreaterThanOrEqual(4);
    const since = renewals.slice(signedIn);
    expect(since, 'every renewal since the sign-in answered 200').toEqual(since.map(() => 200));
    const text = uniqueText('e2e sent on a renewed token');
    await inbox.send(text);
    await expect(inbox.message(text)).toHaveAttribute('data-message-id', /^\d+$/);
    await expect(page.getByRole('dialog', { name: 'Sign in to Switchboard' })).toHaveCount(0);
  } finally {
    await server.close();
  }
});

test('sign-out, then a reload shows the sign-in page, and the old refresh cookie is refused', async ({
  page,
  inbox,
  request,
}) => {
  await page.goto('/sign-in');
  await new SignInForm(page).signIn(marta);
  await expect(inbox.rows.first()).toBeVisible();
  const cookie = await refreshCookie(page);
  expect(cookie).toBeTruthy();

  await signOut(page, marta.name);
  await expect(page).toHaveURL(/\/sign-in$/);
  expect(await refreshCookie(page)).toBeUndefined();
  await page.reload();
  await expect(page.getByRole('form', { name: 'Sign in' })).toBeVisible();
  await expect(inbox.conversations).toHaveCount(0);

  const old = await request.post('/api/v1/session/refresh', {
    headers: { Cookie: `switchboard_refresh=${cookie!.value}` },
  });
  expect(old.status()).toBe(401);
});

test('the app on another origin of the same site stays signed in over a reload through the cookie', async ({
  page,
  inbox,
  baseURL,
}) => {
  const app = await serveApp(JSON.stringify({ api_base: `${baseURL}/api/v1`, auth: 'password' }));
  try {
    await page.goto(`${appOrigin}/`);
    await new SignInForm(page).signIn(marta);
    await expect(inbox.rows.first()).toBeVisible();
    const refreshed = page.waitForResponse(isRefresh);
    await page.reload();
    expect((await refreshed).status()).toBe(200);
    await expect(inbox.rows.first()).toBeVisible();
    await expect(page.getByRole('form', { name: 'Sign in' })).toHaveCount(0);
    expect(await readableByScript(page)).not.toContain('switchboard_refresh');
  } finally {
    await app.close();
  }
});
