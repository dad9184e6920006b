import { test, expect } from '../support/fixtures';
import { uniqueText } from '../support/api';

test('the mailbox chooser lists All, Mine, Unassigned, the teams and my views, each with its count', async ({
  api,
  inbox,
}) => {
  const view = await api.createView(uniqueText('Viber chats'), { channels: ['viber'] });
  try {
    const counts = (await api.counts()).mailboxes;
    const teams = await api.teams();
    expect(teams.length).toBeGreaterThan(0);
    await inbox.gotoLive('/');
    const menu = inbox.mailboxMenu();
    await expect(menu.locator(':scope > option')).toHaveText([
      `All (${counts.all})`,
      `Mine (${counts.mine})`,
      `Unassigned (${counts.unassigned})`,
      `Mentions (${counts.mentions})`,
    ]);
    await expect(inbox.mailboxGroup('Teams')).toHaveText(
      teams.map((t) => `${t.name} (${counts[`team:${t.id}`]})`),
    );
    expect(counts[`view:${view.id}`]).toBeGreaterThan(0);
    await expect(inbox.mailboxGroup('My views').filter({ hasText: view.name })).toHaveText(
      `${view.name} (${counts[`view:${view.id}`]})`,
    );
    await expect(menu).toHaveValue('all');
  } finally {
    await api.deleteView(view.id);
  }
});

test('choosing a team shows its conversations, lives in the URL and survives a reload', async ({
  api,
  inbox,
  page,
}) => {
  const teams = await api.teams();
  const lists = await Promise.all(teams.map((t) => api.listView(`mailbox=team:${t.id}`)));
  // A team with conversations, and fewer than a page so the whole list loads at once.
  const i = lists.findIndex((l) => l.length > 0 && l.length < 50);
  expect(i).toBeGreaterThanOrEqual(0);
  const team = teams[i];
  await inbox.gotoLive('/');
  await inbox.mailboxMenu().selectOption(`team:${team.id}`);
  await expect(page).toHaveURL(new RegExp(`[?&]mailbox=team:${team.id}(&|$)`));
  await inbox.expectList(lists[i]);

  await page.reload();
  await expect(inbox.mailboxMenu()).toHaveValue(`team:${team.id}`);
  await inbox.expectList(lists[i]);
});

test('choosing a custom view shows what its filter matches and lives in the URL', async ({
  api,
  inbox,
  page,
}) => {
  const view = await api.createView(uniqueText('Viber only'), { channels: ['viber'] });
  try {
    const want = await api.listView(`mailbox=view:${view.id}`);
    expect(want.length).toBeGreaterThan(0);
    await inbox.gotoLive('/');
    await inbox.mailboxMenu().selectOption(`view:${view.id}`);
    await expect(page).toHaveURL(new RegExp(`[?&]mailbox=view:${view.id}(&|$)`));
    await inbox.expectList(want);
    await expect(inbox.mailboxMenu().locator('option:checked')).toContainText(view.name);
  } finally {
    await api.deleteView(view.id);
  }
});
