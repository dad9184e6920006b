import { test, expect } from '../support/fixtures';
import type { Api, AgentBrief, ConversationId } from '../support/api';
import type { InboxPage } from '../pages/inbox';

/** The "Operators" section of the client panel. */
function operatorsSection(inbox: InboxPage) {
  return inbox.clientDetails.getByRole('region', { name: 'Operators', exact: true });
}

/** The conversation's assignee and further operators, as the server has them. */
async function people(api: Api, id: ConversationId): Promise<{ assignee: number | null; operators: number[] }> {
  const c = (await api.conversation(id)).conversation;
  return { assignee: c.assignee ?? null, operators: c.operators ?? [] };
}

/** Three agents other than the signed-in one. */
async function others(api: Api): Promise<[AgentBrief, AgentBrief, AgentBrief]> {
  const all = (await api.agents()).filter((a) => a.id !== api.agentId);
  if (all.length < 3) throw new Error(`the demo workspace needs 4 agents (has ${all.length + 1})`);
  return [all[0], all[1], all[2]];
}

test('Operators: see who works on the chat, reassign, add operators, remove one, leave', async ({ api, inbox }) => {
  const target = await api.pickRow((c) => c.status === 'in_progress', 6);
  const [ann, bo, cy] = await others(api);
  const me = (await api.me()).agent;
  // A known start: assigned to Ann, nobody else on it.
  await api.act(target.id, { type: 'assign', agent: ann.id });
  for (const o of (await people(api, target.id)).operators) {
    await api.act(target.id, { type: 'remove_operator', agent: o });
  }

  await inbox.goto(`/conversations/${target.id}`);
  const section = operatorsSection(inbox);
  const list = section.getByRole('list', { name: 'Operators' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem').first()).toContainText(ann.name);
  await expect(list.getByRole('listitem').first()).toContainText('Assignee');
  // The assignee is not removed from here (reassign instead).
  await expect(list.getByRole('button', { name: `Remove ${ann.name}` })).toHaveCount(0);
  // Not on the chat: nothing to leave.
  await expect(section.getByRole('button', { name: 'Leave chat' })).toHaveCount(0);

  // Reassign to Bo.
  await section.getByRole('combobox', { name: 'Reassign to' }).selectOption({ label: bo.name });
  await section.getByRole('button', { name: 'Reassign', exact: true }).click();
  await expect(list.getByRole('listitem').first()).toContainText(bo.name);
  await expect.poll(async () => (await people(api, target.id)).assignee).toBe(bo.id);
  await expect(section.getByRole('combobox', { name: 'Reassign to' })).toHaveValue('');

  // Add myself, then Cy, as further operators (with the keyboard for Cy).
  const another = section.getByRole('combobox', { name: 'Another operator' });
  await another.selectOption({ label: me.name });
  await section.getByRole('button', { name: 'Add operator', exact: true }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').nth(1)).toContainText(me.name);
  await expect(list.getByRole('listitem').nth(1)).toContainText('You');
  await expect.poll(async () => (await people(api, target.id)).operators).toEqual([me.id]);
  // Whoever is on the chat is no longer offered.
  await expect(another.locator('option', { hasText: me.name })).toHaveCount(0);
  await expect(another.locator('option', { hasText: bo.name })).toHaveCount(0);

  await another.selectOption({ label: cy.name });
  await section.getByRole('button', { name: 'Add operator', exact: true }).focus();
  await inbox.page.keyboard.press('Enter');
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect.poll(async () => (await people(api, target.id)).operators).toEqual([me.id, cy.id]);

  // Remove Cy, with the keyboard: the button goes, focus stays in the section.
  await list.getByRole('button', { name: `Remove ${cy.name}` }).focus();
  await inbox.page.keyboard.press('Enter');
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(section.getByRole('heading', { name: 'Operators', exact: true })).toBeFocused();
  await expect.poll(async () => (await people(api, target.id)).operators).toEqual([me.id]);

  // Leave: I am off the chat, Bo stays its assignee.
  await section.getByRole('button', { name: 'Leave chat' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(section.getByRole('button', { name: 'Leave chat' })).toHaveCount(0);
  expect(await people(api, target.id)).toEqual({ assignee: bo.id, operators: [] });
});

test('Operators: nothing chosen is refused with a message and nothing changes', async ({ api, inbox }) => {
  const target = await api.pickRow((c) => c.status === 'in_progress', 7);
  const before = await people(api, target.id);
  await inbox.goto(`/conversations/${target.id}`);
  const section = operatorsSection(inbox);

  await section.getByRole('button', { name: 'Add operator', exact: true }).click();
  await expect(section.getByRole('alert')).toHaveText('Choose an agent first.');
  await expect(section.getByRole('combobox', { name: 'Another operator' })).toHaveAttribute('aria-invalid', 'true');
  await section.getByRole('button', { name: 'Reassign', exact: true }).click();
  await expect(section.getByRole('combobox', { name: 'Reassign to' })).toHaveAttribute('aria-invalid', 'true');
  expect(await people(api, target.id)).toEqual(before);
});
