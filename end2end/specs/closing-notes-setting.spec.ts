import { test, expect, watchCsp } from '../support/fixtures';
import { Api, type ConversationSummary } from '../support/api';
import { alex, marta } from '../support/agents';
import { SignInForm } from '../pages/sign_in';

// "Close with notes: off / optional / mandatory" is the workspace's setting: a supervisor
// changes it from the agent menu (`PUT /settings/closing-notes`), and every open app
// follows through the socket's `settings_updated`. The spec puts the setting back as it
// found it.

const SETTING = '/api/v1/settings/closing-notes';

async function closingNotes(api: Api): Promise<string> {
  const r = await api.call('GET', '/api/v1/session');
  return (r.body as { settings: { closing_notes: string } }).settings.closing_notes;
}

test("a supervisor sets closing notes in the agent menu, and another agent's open app follows", async ({
  api,
  inbox,
  page,
  browser,
  baseURL,
}) => {
  const asMarta = await Api.signIn(baseURL!, marta);
  const before = await closingNotes(asMarta);
  const target: ConversationSummary = await api.pickWhere(
    'active conversations',
    (c) => ['open', 'in_progress'].includes(c.status) && !c.contact_blocked,
    3,
  );
  const context = await browser.newContext({ baseURL });
  await watchCsp(context);
  try {
    expect((await asMarta.call('PUT', SETTING, { closing_notes: 'optional' })).status).toBe(200);

    // An agent has no such choice, and the server refuses one.
    await inbox.gotoLive(`/conversations/${target.id}`);
    await page.getByRole('button', { name: alex.name, exact: true }).click();
    await expect(page.getByRole('menuitem', { name: 'Sign out', exact: true })).toBeVisible();
    // (The Sound choices are radio items too: only the closing-notes ones must be absent.)
    await expect(page.getByRole('menuitemradio', { name: /^Closing notes/ })).toHaveCount(0);
    await expect(page.getByRole('group', { name: 'Sound', exact: true }).getByRole('menuitemradio')).toHaveCount(3);
    await page.keyboard.press('Escape');
    expect((await api.call('PUT', SETTING, { closing_notes: 'off' })).status).toBe(403);

    // The agent's close dialog says what the policy is now.
    const dialog = inbox.dialog('Close conversation');
    await inbox.headerButton('Close conversation').click();
    await expect(dialog).toContainText('A closing note is optional.');
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(dialog).toBeHidden();

    // The supervisor makes notes mandatory from her menu.
    const hers = await context.newPage();
    await hers.goto('/sign-in');
    await new SignInForm(hers).signIn(marta);
    const menuButton = hers.getByRole('button', { name: marta.name, exact: true });
    await menuButton.click();
    const choice = (name: string) => hers.getByRole('menuitemradio', { name: `Closing notes: ${name}`, exact: true });
    await expect(choice('Optional')).toHaveAttribute('aria-checked', 'true');
    await expect(choice('Off')).toHaveAttribute('aria-checked', 'false');
    await choice('Mandatory').click();
    await expect(hers.locator('#sb-row-announcer')).toHaveText('Closing notes setting saved.');
    await menuButton.click();
    await expect(choice('Mandatory')).toHaveAttribute('aria-checked', 'true');
    await expect(choice('Optional')).toHaveAttribute('aria-checked', 'false');
    await hers.keyboard.press('Escape');
    expect(await closingNotes(api)).toBe('mandatory');

    // The agent's open app follows, without a reload.
    await inbox.headerButton('Close conversation').click();
    await expect(dialog).toContainText('A category and a closing note are required.');
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  } finally {
    await asMarta.call('PUT', SETTING, { closing_notes: before });
    await context.close();
    await asMarta.dispose();
  }
});
