import { test, expect } from '../support/fixtures';
import { marta, claire } from '../support/agents';
import { SignInForm, signOut } from '../pages/sign_in';

test('an agent signs in with email and password, stays signed in over a reload, and signs out', async ({
  page,
  inbox,
}) => {
  await page.goto('/sign-in');
  const form = new SignInForm(page);
  // The demo server offers its one-click sign-in too.
  await expect(form.demo).toBeVisible();

  await form.signIn({ email: marta.email, password: 'not her password' });
  await expect(form.error).toHaveText('Wrong email or password.');
  // Nothing typed is lost but the password.
  await expect(form.email).toHaveValue(marta.email);

  await form.password.fill(marta.password);
  await form.submit.click();
  await expect(inbox.rows.first()).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('button', { name: marta.name, exact: true })).toBeVisible();

  await page.reload();
  await expect(inbox.rows.first()).toBeVisible();
  await expect(page.getByRole('button', { name: marta.name, exact: true })).toBeVisible();

  await signOut(page, marta.name);
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(form.form).toBeVisible();
  // Signed out on purpose: a reload does not sign anybody in by itself.
  await page.reload();
  await expect(form.form).toBeVisible();
  await expect(inbox.conversations).toHaveCount(0);
});

test('an unknown email gets the same answer as a wrong password, and repeated failures are slowed', async ({
  page,
}) => {
  await page.goto('/sign-in');
  const form = new SignInForm(page);
  await form.signIn({ email: 'nobody@example.com', password: 'whatever' });
  await expect(form.error).toHaveText('Wrong email or password.');

  // Five wrong passwords for one email, then the server slows it down (429).
  await form.email.fill(claire.email);
  const answered = () =>
    page.waitForResponse((r) => r.url().endsWith('/api/v1/session') && r.request().method() === 'POST');
  for (let i = 0; i < 5; i += 1) {
    await form.password.fill(`wrong ${i}`);
    const answer = answered();
    await form.submit.click();
    expect((await answer).status()).toBe(401);
    await expect(form.error).toHaveText('Wrong email or password.');
  }
  // Even the right password waits now.
  await form.password.fill(claire.password);
  const answer = answered();
  await form.submit.click();
  expect((await answer).status()).toBe(429);
  await expect(form.error).toContainText('Too many tries');
  await expect(form.form).toBeVisible();
});

test('an empty form is explained without asking the server', async ({ page }) => {
  await page.goto('/sign-in');
  const form = new SignInForm(page);
  let asked = 0;
  await page.route('**/api/v1/session', (route) => {
    if (route.request().method() === 'POST') asked += 1;
    return route.fallback();
  });
  await form.submit.click();
  await expect(form.error).toHaveText('Enter your email and password.');
  expect(asked).toBe(0);
});

test('the server out of reach is said as such', async ({ page }) => {
  await page.goto('/sign-in');
  const form = new SignInForm(page);
  await expect(form.form).toBeVisible();
  await page.route('**/api/v1/session', (route) =>
    route.request().method() === 'POST' ? route.abort('connectionrefused') : route.fallback(),
  );
  await form.signIn(marta);
  await expect(form.error).toContainText('The server cannot be reached');
});

test('Try the demo signs in as the demo agent', async ({ page, inbox }) => {
  await page.goto('/sign-in');
  const form = new SignInForm(page);
  await form.demo.click();
  await expect(inbox.rows.first()).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
});
