import { test, expect } from '../support/fixtures';
import { uniqueText } from '../support/api';
import { alex } from '../support/agents';
import { SignInForm } from '../pages/sign_in';
import { ComposerFiles, textFile } from '../pages/composer_files';
import { appOrigin, serveApp } from '../support/static_origin';

test('the app served from another origin talks to the API named in config.json: sign in, list, open, send, upload, live message', async ({
  api,
  inbox,
  page,
  baseURL,
}) => {
  expect(new URL(appOrigin).origin).not.toBe(new URL(baseURL!).origin);
  const app = await serveApp(
    JSON.stringify({ api_base: `${baseURL}/api/v1`, auth: 'password', _note: 'e2e: another origin' }),
  );
  try {
    const target = await api.pickConversation(10);
    const apiCalls: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/v1/')) apiCalls.push(new URL(r.url()).origin);
    });

    // `auth: "password"`: the sign-in page, never the demo agent by itself.
    await page.goto(`${appOrigin}/`);
    const form = new SignInForm(page);
    await expect(form.form).toBeVisible();
    await form.signIn(alex);
    await expect(inbox.rows.first()).toBeVisible();

    inbox.watchSocket();
    await page.goto(`${appOrigin}/conversations/${target.id}`);
    await inbox.untilLive();
    const text = uniqueText('e2e from another origin');
    await inbox.send(text);
    await expect(inbox.message(text)).toHaveAttribute('data-message-id', /^\d+$/);

    const files = new ComposerFiles(inbox);
    const file = textFile(`cross-origin-${Date.now()}.txt`, 'numbers');
    await files.pick([file]);
    await files.expectStored(file.name);
    const withFile = uniqueText('e2e file from another origin');
    await inbox.send(withFile);
    const sent = inbox.message(withFile);
    await expect(sent).toHaveAttribute('data-message-id', /^\d+$/);
    // The file's link points at the API's origin, where the signed path lives.
    const link = sent.getByRole('link', { name: file.name });
    await expect(link).toHaveAttribute('href', new RegExp(`^${baseURL}/api/v1/`));
    const download = await page.request.get((await link.getAttribute('href'))!);
    expect(await download.text()).toBe('numbers');

    const live = uniqueText('e2e live to another origin');
    await api.inbound(target.id, live);
    await expect(inbox.message(live)).toBeVisible();

    // Every API call went to the API's origin, none to the app's.
    expect(apiCalls.length).toBeGreaterThan(0);
    expect(new Set(apiCalls)).toEqual(new Set([new URL(baseURL!).origin]));
  } finally {
    await app.close();
  }
});

test('a wrong config.json stops the start with a page naming the bad key', async ({ page }) => {
  const app = await serveApp(JSON.stringify({ api_base: 'api.example.com', auth: 'password' }));
  try {
    await page.goto(`${appOrigin}/`);
    const alert = page.getByRole('alert');
    await expect(page.getByRole('heading', { name: 'Switchboard cannot start' })).toBeVisible();
    await expect(alert).toContainText('api_base');
    await expect(alert).toContainText('absolute http(s) URL');
  } finally {
    await app.close();
  }
  const typo = await serveApp('{"api_bsae": "/api/v1"}');
  try {
    await page.goto(`${appOrigin}/`);
    await expect(page.getByRole('alert')).toContainText('api_bsae');
    await expect(page.getByRole('alert')).toContainText('unknown key');
  } finally {
    await typo.close();
  }
});
