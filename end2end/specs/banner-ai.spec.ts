import { test, expect } from '../support/fixtures';

test('while the AI agent handles a conversation, a banner offers Take over, which stops it and assigns me', async ({
  api,
  inbox,
}) => {
  const target = await api.pickWhere(
    'conversations handled by the AI agent',
    (c) => c.ai_active === true && c.status !== 'closed',
  );
  await inbox.goto(`/conversations/${target.id}`);

  const banners = inbox.banners();
  await expect(banners).toContainText('The AI agent is handling this conversation.');
  await banners.getByRole('button', { name: 'Take over', exact: true }).click();

  await expect(banners).not.toContainText('The AI agent is handling this conversation.');
  await expect(inbox.header()).toContainText('Assignee: Alex Morgan');
  const after = (await api.conversation(target.id)).conversation;
  expect(after.ai_active).toBe(false);
  expect(after.assignee).toBe(api.agentId);
});
