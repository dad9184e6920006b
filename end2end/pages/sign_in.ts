import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The sign-in form as UI-CONTRACT.md names it: a `form` "Sign in" with the textboxes
 * "Email" and "Password" and the button "Sign in" (and "Try the demo" where offered).
 * `within` is the page, or the dialog the form shows in when a session has ended.
 */
export class SignInForm {
  readonly form: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly demo: Locator;
  /** The form's error line. */
  readonly error: Locator;

  constructor(readonly within: Page | Locator) {
    this.form = within.getByRole('form', { name: 'Sign in' });
    this.email = this.form.getByRole('textbox', { name: 'Email' });
    this.password = this.form.getByRole('textbox', { name: 'Password' });
    this.submit = this.form.getByRole('button', { name: 'Sign in', exact: true });
    this.demo = this.form.getByRole('button', { name: 'Try the demo' });
    this.error = this.form.getByRole('alert');
  }

  async signIn(as: { email: string; password: string }): Promise<void> {
    await expect(this.form).toBeVisible();
    await this.email.fill(as.email);
    await this.password.fill(as.password);
    await this.submit.click();
  }
}

/** The agent menu (a button named after the agent) and its `Sign out`. */
export async function signOut(page: Page, agentName: string): Promise<void> {
  await page.getByRole('button', { name: agentName, exact: true }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
}
