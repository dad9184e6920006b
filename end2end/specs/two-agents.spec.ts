import { test, expect } from '../support/fixtures';
import { Api } from '../support/api';
import { marta } from '../support/agents';
import { InboxPage } from '../pages/inbox';
import { SignInForm } from '../pages/sign_in';

test('two agents side by side: a conversation assigned to the other shows up live in their Mine', async ({
  api,
  browser,
  baseURL,
}) => {
  const asMarta = await Api.signIn(baseURL!, marta);
  // A conversation whose contact has nothing in Marta's Mine yet.
  const mine = new Set((await asMarta.listView('mailbox=mine')).map((c) => c.contact.name));
  const target = (await api.listView('')).find((c) => !c.contact_blocked && !mine.has(c.contact.name))!;

  const context = await browser.newContext({ baseURL });
  try {
    const page = await context.newPage();
    const theirs = new InboxPage(page);
    await page.goto('/sign-in');
    await new SignInForm(page).signIn(marta);
    await expect(theirs.rows.first()).toBeVisible();
    await theirs.gotoLive('/?mailbox=mine');
    await expect(theirs.row(target.contact.name)).toHaveCount(0);

    // The demo agent (another session) assigns it to Marta.
    await api.act(target.id, { type: 'assign', agent: asMarta.agentId });
    await expect(theirs.row(target.contact.name)).toBeVisible();
  } finally {
    await context.close();
    await asMarta.dispose();
  }
});
