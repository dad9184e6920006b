import { test, expect } from '../support/fixtures';

// The demo data blocks two contacts. The e2e server signs in only the demo agent (role
// "agent", without `view_blocked`), so the server's counts leave the Blocked mailbox out
// for it; for agents who may see blocked contacts they list it, and the chooser offers
// exactly what the counts list.

test('Blocked contacts is not offered to an agent who may not see blocked contacts', async ({
  api,
  inbox,
}) => {
  const counts = (await api.counts()).mailboxes;
  expect(Object.keys(counts)).not.toContain('blocked');
  await inbox.gotoLive('/');
  const menu = inbox.mailboxMenu();
  // The counts are in once All shows its figure.
  await expect(menu.locator('option[value="all"]')).toHaveText(`All (${counts.all})`);
  await expect(menu.locator('option[value="blocked"]')).toHaveCount(0);
  await expect(menu.getByText('Blocked contacts')).toHaveCount(0);
});

test('Blocked contacts is offered, last and with its count, when the server counts that mailbox', async ({
  inbox,
  page,
}) => {
  // A supervisor's answer: the real counts plus the `blocked` mailbox (no supervisor can
  // sign in on the e2e server, so the demo agent's answer gets the entry added).
  await page.route(/\/api\/v1\/conversations\/counts(\?|$)/, async (route) => {
    const response = await route.fetch();
    const body = await response.json();
    body.mailboxes.blocked = 2;
    await route.fulfill({ response, json: body });
  });
  await inbox.gotoLive('/');
  const menu = inbox.mailboxMenu();
  await expect(menu.locator('option').last()).toHaveText('Blocked contacts (2)');
  await expect(menu.locator('option[value="blocked"]')).toHaveCount(1);
});
