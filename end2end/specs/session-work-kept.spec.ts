import { test, expect } from '../support/fixtures';
import { dmitri, lucia, marta } from '../support/agents';
import { SignInForm, signOut } from '../pages/sign_in';
import { uniqueText } from '../support/api';
import type { Page, Route } from '@playwright/test';

/** Makes sending into `id` fail as if the server were unreachable; returns the undo. */
async function unreachableSends(page: Page, id: number): Promise<() => Promise<void>> {
  const path = `/api/v1/conversations/${id}/messages`;
  const refuse = (route: Route) =>
    route.request().method() === 'POST' ? route.abort('connectionrefused') : route.fallback();
  const sends = (url: URL) => url.pathname === path;
  await page.route(sends, refuse);
  return () => page.unroute(sends, refuse);
}

test('signing out with an unsent message asks first; the message and the drafts wait for their own agent, never for another', async ({
  api,
  inbox,
  page,
}) => {
  const target = await api.pickConversation(7);
  const other = await api.pickConversation(8);
  const text = uniqueText('e2e unsent at sign-out');
  const draft = uniqueText('e2e draft at sign-out');
  const form = new SignInForm(page);

  await page.goto('/sign-in');
  await form.signIn(dmitri);
  await expect(inbox.rows.first()).toBeVisible();
  const reachable = await unreachableSends(page, target.id);
  await inbox.gotoLive(`/conversations/${target.id}`);
  await inbox.send(text);
  await expect(inbox.message(text)).toHaveAttribute('data-status', 'pending');
  await inbox.open(other.contact.name, other.id);
  await inbox.messageBox.fill(draft);

  // Asked first; staying keeps everything as it was.
  await signOut(page, dmitri.name);
  const ask = page.getByRole('dialog', { name: 'Sign out with unsent messages?' });
  await expect(ask).toContainText('One message has not been sent yet');
  await ask.getByRole('button', { name: 'Stay signed in' }).click();
  await expect(ask).toBeHidden();
  await expect(inbox.messageBox).toHaveValue(draft);

  await signOut(page, dmitri.name);
  await ask.getByRole('button', { name: 'Sign out anyway' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await reachable();

  // Another agent on the same browser: neither the message nor the draft.
  await form.signIn(lucia);
  await expect(inbox.rows.first()).toBeVisible();
  await inbox.goto(`/conversations/${other.id}`);
  await expect(inbox.messageBox).toHaveValue('');
  await inbox.goto(`/conversations/${target.id}`);
  await expect(inbox.message(text)).toHaveCount(0);
  // …and it is not sent in their name either.
  await page.waitForTimeout(2_000);
  expect((await api.messages(target.id)).filter((m) => m.content.text === text)).toHaveLength(0);
  await signOut(page, lucia.name);
  await expect(page).toHaveURL(/\/sign-in$/);

  // Back as its author: delivered once, and the draft is where it was.
  await form.signIn(dmitri);
  await expect(inbox.rows.first()).toBeVisible();
  await inbox.goto(`/conversations/${target.id}`);
  await expect(inbox.message(text)).toHaveAttribute('data-message-id', /^\d+$/, { timeout: 15_000 });
  const stored = async () => (await api.messages(target.id)).filter((m) => m.content.text === text).length;
  await expect.poll(stored, { message: 'stored exactly once' }).toBe(1);
  await inbox.goto(`/conversations/${other.id}`);
  await expect(inbox.messageBox).toHaveValue(draft);
});

test('a session that ends mid-work brings the sign-in over the view; signing in again goes on with the draft and the outbox', async ({
  api,
  inbox,
  page,
  request,
}) => {
  const target = await api.pickConversation(9);
  const draft = uniqueText('e2e draft over expiry');
  const text = uniqueText('e2e sent while expired');
  const form = new SignInForm(page);

  await page.goto('/sign-in');
  // The access token lives in the app's memory only: taken from the sign-in's answer.
  const signedIn = page.waitForResponse((r) => r.url().endsWith('/api/v1/session') && r.request().method() === 'POST');
  await form.signIn(marta);
  const { token } = (await (await signedIn).json()) as { token: string };
  await expect(inbox.rows.first()).toBeVisible();
  const reachable = await unreachableSends(page, target.id);
  await inbox.gotoLive(`/conversations/${target.id}`);
  await inbox.send(text);
  await expect(inbox.message(text)).toHaveAttribute('data-status', 'pending');
  await inbox.messageBox.fill(draft);

  // The session dies on the server (as when it is revoked; the refresh cookie with it).
  const revoked = await request.delete('/api/v1/session', {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(revoked.status()).toBe(204);
  await reachable();

  const again = new SignInForm(page.getByRole('dialog', { name: 'Sign in to Switchboard' }));
  await expect(again.form).toBeVisible({ timeout: 20_000 });
  await expect(again.email).toHaveValue(marta.email);
  // The view stays under it, with what the agent wrote.
  await expect(inbox.messageBox).toHaveValue(draft);
  await expect(inbox.message(text)).toHaveAttribute('data-status', 'pending');

  await again.password.fill(marta.password);
  await again.submit.click();
  await expect(again.form).toBeHidden();
  await expect(inbox.message(text)).toHaveAttribute('data-message-id', /^\d+$/, { timeout: 15_000 });
  const stored = async () => (await api.messages(target.id)).filter((m) => m.content.text === text).length;
  await expect.poll(stored, { message: 'stored exactly once' }).toBe(1);
  await expect(inbox.messageBox).toHaveValue(draft);
});
