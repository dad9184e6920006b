import { test, expect } from '../support/fixtures';
import type { Api, ConversationId } from '../support/api';
import type { InboxPage } from '../pages/inbox';

/** The "Automations" section of the client panel. */
function automationsSection(inbox: InboxPage) {
  return inbox.clientDetails.getByRole('region', { name: 'Automations', exact: true });
}

interface Automated {
  bot_enabled?: boolean;
  automations?: { id: string; name: string }[];
}

/** The bot switch and the running automations' ids, as the server has them. */
async function automated(api: Api, id: ConversationId): Promise<{ bot: boolean; running: string[] }> {
  const c = (await api.conversation(id)).conversation as Automated;
  return { bot: c.bot_enabled ?? false, running: (c.automations ?? []).map((a) => a.id) };
}

test('Automations: the bot on and off for this chat', async ({ api, inbox }) => {
  const target = await api.pickRow((c) => c.status !== 'closed', 8);
  await api.act(target.id, { type: 'set_bot', enabled: false });
  await inbox.goto(`/conversations/${target.id}`);
  const bot = automationsSection(inbox).getByRole('switch', { name: 'Bot in this chat' });
  await expect(bot).not.toBeChecked();

  await bot.click();
  await expect(bot).toBeChecked();
  await expect.poll(async () => (await automated(api, target.id)).bot).toBe(true);

  // With the keyboard.
  await bot.focus();
  await inbox.page.keyboard.press('Space');
  await expect(bot).not.toBeChecked();
  await expect.poll(async () => (await automated(api, target.id)).bot).toBe(false);
});

test('Automations: run shortcuts, see them running, stop one, then all', async ({ api, inbox }) => {
  const target = await api.pickRow((c) => c.status !== 'closed', 9);
  await api.act(target.id, { type: 'stop_automation' });
  await inbox.goto(`/conversations/${target.id}`);
  const section = automationsSection(inbox);
  const choice = section.getByRole('combobox', { name: 'Automation' });
  const run = section.getByRole('button', { name: 'Run', exact: true });
  const running = section.getByRole('list', { name: 'Running' });
  await expect(section).toContainText('No automation is running.');

  // Nothing chosen: refused with a message, nothing runs.
  await run.click();
  await expect(section.getByRole('alert')).toHaveText('Choose an automation first.');
  await expect(choice).toHaveAttribute('aria-invalid', 'true');
  expect((await automated(api, target.id)).running).toEqual([]);

  await choice.selectOption({ label: 'Send price list' });
  await run.click();
  await expect(running.getByRole('listitem')).toHaveCount(1);
  await expect(running).toContainText('Send price list');
  await expect(section.getByRole('alert')).toBeHidden();
  await expect.poll(async () => (await automated(api, target.id)).running).toEqual(['price-list']);
  // A running one is not offered again.
  await expect(choice.locator('option', { hasText: 'Send price list' })).toHaveCount(0);

  await choice.selectOption({ label: 'Ask for feedback' });
  await run.focus();
  await inbox.page.keyboard.press('Enter');
  await expect(running.getByRole('listitem')).toHaveCount(2);
  await expect.poll(async () => (await automated(api, target.id)).running).toEqual(['price-list', 'feedback']);

  // Stop one.
  await running.getByRole('button', { name: 'Stop Send price list' }).click();
  await expect(running.getByRole('listitem')).toHaveCount(1);
  // Its Stop button went: focus stays in the section.
  await expect(section.getByRole('heading', { name: 'Automations', exact: true })).toBeFocused();
  await expect(running).toContainText('Ask for feedback');
  await expect.poll(async () => (await automated(api, target.id)).running).toEqual(['feedback']);

  // Stop all.
  await choice.selectOption({ label: 'Escalate to supervisor' });
  await run.click();
  await expect(running.getByRole('listitem')).toHaveCount(2);
  await section.getByRole('button', { name: 'Stop all' }).click();
  await expect(section).toContainText('No automation is running.');
  await expect.poll(async () => (await automated(api, target.id)).running).toEqual([]);
  // Each start and stop is in the conversation's history of actions.
  const changes = (await api.messages(target.id))
    .filter((m) => m.content.type === 'activity')
    .map((m) => m.content.change?.kind);
  expect(changes.filter((k) => k === 'automation_started').length).toBeGreaterThanOrEqual(3);
  expect(changes.filter((k) => k === 'automation_stopped').length).toBeGreaterThanOrEqual(3);
});
