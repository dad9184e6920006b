import { test, expect } from '../support/fixtures';

test('the header names the business account the customer wrote to, as the server has it', async ({
  api,
  inbox,
}) => {
  const target = await api.pickWhere(
    'Viber conversations with a business account',
    (c) => c.channel === 'viber' && c.business_account !== undefined,
    1,
  );
  const account = (await api.conversation(target.id)).conversation.business_account;
  if (!account) throw new Error(`conversation ${target.id} lost its business account`);
  const label = `${account.name} (${account.address})`;

  await inbox.goto(`/conversations/${target.id}`);
  const header = inbox.header();
  await expect(header).toContainText(`#${target.id}`);
  // Sighted agents read "to <page, bot, number or mailbox>" beside the customer's account…
  const business = header.locator('.sb-header__business');
  await expect(business.getByText(`to ${label}`, { exact: true })).toBeVisible();
  // …and a screen reader hears what it is: the company's account, not the customer's.
  await expect(business).toMatchAriaSnapshot(`- text: ${JSON.stringify(`Company account: ${label}`)}`);
});
