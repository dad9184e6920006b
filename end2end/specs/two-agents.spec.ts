import { test, expect, watchCsp } from '../support/fixtures';
import { Api, uniqueText } from '../support/api';
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
  await watchCsp(context);
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

test('two agents side by side: a mention reaches the other live, each sees who else is viewing, and a reply over the other agent\'s is asked about first', async ({
  api,
  browser,
  baseURL,
  inbox,
  page,
}) => {
  const asMarta = await Api.signIn(baseURL!, marta);
  const target = await api.pickConversation(11);
  const context = await browser.newContext({ baseURL });
  await watchCsp(context);
  try {
    const martaPage = await context.newPage();
    const theirs = new InboxPage(martaPage);
    await martaPage.goto('/sign-in');
    await new SignInForm(martaPage).signIn(marta);
    await expect(theirs.rows.first()).toBeVisible();
    await theirs.gotoLive('/');

    // A note mentioning Marta: her Mentions mailbox counts it, live.
    const before = (await asMarta.counts()).mailboxes.mentions ?? 0;
    const note = uniqueText('e2e mention for Marta');
    await api.sendMessage(target.id, { text: note, visibility: 'internal', mentions: [asMarta.agentId] });
    const mentions = theirs.mailboxMenu().locator(':scope > option', { hasText: 'Mentions' });
    await expect(mentions).toHaveText(`Mentions (${before + 1})`);
    await theirs.mailboxMenu().selectOption('mentions');
    await expect(theirs.row(target.contact.name)).toBeVisible();

    // Both open the conversation: each sees the other there.
    await inbox.gotoLive(`/conversations/${target.id}`);
    await theirs.open(target.contact.name, target.id);
    await expect(martaPage.getByText('Alex Morgan is viewing')).toBeVisible();
    await expect(page.getByText(`${marta.name} is viewing`)).toBeVisible();

    // Marta answers the customer; Alex's first Send asks instead of sending over it.
    const hers = uniqueText('e2e Marta answers');
    await theirs.send(hers);
    await expect(inbox.message(hers)).toBeVisible();
    const mine = uniqueText('e2e Alex answers too');
    await inbox.messageBox.fill(mine);
    await inbox.sendButton.click();
    await expect(inbox.composer).toContainText(`${marta.name} replied since you opened this conversation`);
    await expect(inbox.message(mine)).toHaveCount(0);
    await expect(inbox.messageBox).toHaveValue(mine);
    await inbox.sendButton.click();
    await expect(inbox.message(mine)).toHaveAttribute('data-message-id', /^\d+$/);

    // Marta leaves: the line goes.
    await martaPage.close();
    await expect(page.getByText(`${marta.name} is viewing`)).toHaveCount(0);
  } finally {
    await context.close();
    await asMarta.dispose();
  }
});
