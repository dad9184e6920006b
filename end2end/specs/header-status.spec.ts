import { test, expect } from '../support/fixtures';

test('"In progress" takes the conversation and the server agrees', async ({ api, inbox }) => {
  const target = await api.pickWhere(
    'open unassigned conversations',
    (c) => c.status === 'open' && c.assignee === undefined,
  );
  await inbox.goto(`/conversations/${target.id}`);
  await expect(inbox.headerButton('Status: Open')).toBeVisible();
  await expect(inbox.header()).toContainText('Assignee: Unassigned');

  await inbox.headerButton('In progress').click();

  await expect(inbox.headerButton('Status: In progress')).toBeVisible();
  await expect(inbox.headerButton('In progress')).toHaveCount(0);
  await expect(inbox.header()).toContainText('Assignee: Alex Morgan');
  const after = (await api.conversation(target.id)).conversation;
  expect(after.status).toBe('in_progress');
  expect(after.assignee).toBe(api.agentId);
});

test('the status control reopens a closed conversation, and says why Open is out of reach in progress', async ({
  api,
  inbox,
}) => {
  const target = await api.pickWhere('closed conversations', (c) => c.status === 'closed');
  await inbox.goto(`/conversations/${target.id}`);

  const menu = await inbox.openMenu('Status: Closed');
  await expect(menu.getByRole('menuitemradio', { name: 'Closed', exact: true })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await menu.getByRole('menuitemradio', { name: 'Open', exact: true }).click();

  await expect(inbox.headerButton('Status: Open')).toBeVisible();
  await expect.poll(async () => (await api.conversation(target.id)).conversation.status).toBe('open');

  // In progress, Open cannot be chosen (no action leads back), and the item says why.
  await inbox.headerButton('In progress').click();
  await expect(inbox.headerButton('Status: In progress')).toBeVisible();
  const again = await inbox.openMenu('Status: In progress');
  const open = again.getByRole('menuitemradio', { name: 'Open', exact: true });
  await expect(open).toHaveAttribute('aria-disabled', 'true');
  await expect(open).toHaveAttribute('title', /cannot go back to Open/);
  // Chosen anyway (it stays focusable, so the reason can be read): nothing happens.
  await open.focus();
  await inbox.page.keyboard.press('Enter');
  await expect(again).toBeVisible();
  await expect(inbox.headerButton('Status: In progress')).toBeVisible();
  expect((await api.conversation(target.id)).conversation.status).toBe('in_progress');
});
