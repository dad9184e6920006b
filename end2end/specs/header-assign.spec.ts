import { test, expect } from '../support/fixtures';

test('Assign: to me, to another agent, and to nobody, with the server agreeing', async ({
  api,
  inbox,
}) => {
  const target = await api.pickWhere(
    'conversations assigned to another agent',
    (c) => c.assignee !== undefined && c.assignee !== api.agentId && c.status !== 'closed',
  );
  await inbox.goto(`/conversations/${target.id}`);

  let menu = await inbox.openMenu('Assign');
  await menu.getByRole('menuitem', { name: 'Assign to me', exact: true }).click();
  await expect(inbox.header()).toContainText('Assignee: Alex Morgan');
  await expect.poll(async () => (await api.conversation(target.id)).conversation.assignee).toBe(api.agentId);
  // Focus went back to the menu button.
  await expect(inbox.headerButton('Assign')).toBeFocused();

  menu = await inbox.openMenu('Assign');
  await expect(menu.getByRole('menuitem', { name: 'Assign to me', exact: true })).toHaveCount(0);
  await expect(menu.getByRole('menuitemradio', { name: 'Alex Morgan', exact: true })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await menu.getByRole('menuitemradio', { name: 'Marta Kovalenko', exact: true }).click();
  await expect(inbox.header()).toContainText('Assignee: Marta Kovalenko');
  const marta = (await api.conversation(target.id)).conversation.assignee;
  expect(marta).not.toBe(api.agentId);
  expect(marta).toBeDefined();

  menu = await inbox.openMenu('Assign');
  await menu.getByRole('menuitem', { name: 'Unassign', exact: true }).click();
  await expect(inbox.header()).toContainText('Assignee: Unassigned');
  expect((await api.conversation(target.id)).conversation.assignee).toBeUndefined();
});
