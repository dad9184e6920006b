import { test, expect } from '../support/fixtures';
import type { Api, ConversationSummary } from '../support/api';
import type { InboxPage } from '../pages/inbox';

/** What the default list holds: every conversation but archived ones and blocked contacts'. */
async function listed(api: Api): Promise<ConversationSummary[]> {
  return (await api.conversations(200)).filter((c) => !c.archived && !c.contact_blocked);
}

/** The list holds exactly `want`, as a set (the sort has its own test). */
async function expectRows(inbox: InboxPage, want: ConversationSummary[]): Promise<void> {
  await inbox.expectList(want);
}

test('a status tab shows its conversations, counts them, and lives in the URL', async ({ api, inbox, page }) => {
  await inbox.gotoLive('/');
  const closedTab = page.getByRole('tab', { name: 'Closed', exact: true });
  await closedTab.click();
  await expect(closedTab).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/[?&]status=closed(&|$)/);
  const closed = (await listed(api)).filter((c) => c.status === 'closed');
  expect(closed.length).toBeGreaterThan(0);
  await expectRows(inbox, closed);
  await expect(closedTab.locator('.sb-tabs__count')).toHaveText(String(closed.length));

  await page.reload();
  await expect(page.getByRole('tab', { name: 'Closed', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expectRows(inbox, closed);

  await page.getByRole('tab', { name: 'All', exact: true }).click();
  await expect(page).not.toHaveURL(/status=/);
  await expectRows(inbox, await listed(api));
});

test('the Unanswered toggle is pressed, filters, and one click clears it', async ({ api, inbox, page }) => {
  await inbox.gotoLive('/');
  const toggle = page.getByRole('button', { name: 'Unanswered' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]unanswered=1/);
  const unanswered = (await listed(api)).filter((c) => c.unanswered);
  expect(unanswered.length).toBeGreaterThan(0);
  await expectRows(inbox, unanswered);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expectRows(inbox, await listed(api));
});

test('the Mine mailbox shows what is assigned to me', async ({ api, inbox, page }) => {
  await inbox.gotoLive('/');
  await page.getByRole('combobox', { name: 'Mailbox' }).selectOption('mine');
  await expect(page).toHaveURL(/[?&]mailbox=mine/);
  const mine = (await listed(api)).filter(
    (c) => c.assignee === api.agentId || (c.operators ?? []).includes(api.agentId),
  );
  expect(mine.length).toBeGreaterThan(0);
  await expectRows(inbox, mine);
});

test('sorting by oldest message puts the oldest activity first', async ({ api, inbox, page }) => {
  await inbox.gotoLive('/');
  await page.getByRole('combobox', { name: 'Sort' }).selectOption('oldest');
  await expect(page).toHaveURL(/[?&]sort=oldest/);
  const all = await listed(api);
  const oldest = all.reduce((a, b) =>
    a.last_activity_at < b.last_activity_at || (a.last_activity_at === b.last_activity_at && a.id < b.id) ? a : b,
  );
  await expect(inbox.rows.first()).toHaveAttribute('data-conversation-id', String(oldest.id));
});

test('a live message brings a closed conversation into the Open tab and the counts follow', async ({
  api,
  inbox,
  page,
}) => {
  const closed = (await listed(api)).filter((c) => c.status === 'closed');
  const target = closed[closed.length - 1];
  await inbox.gotoLive('/?status=open');
  const openTab = page.getByRole('tab', { name: 'Open', exact: true });
  const before = (await listed(api)).filter((c) => c.status === 'open').length;
  await expect(openTab.locator('.sb-tabs__count')).toHaveText(String(before));
  expect(await inbox.listedIds()).not.toContain(target.id);

  await api.inbound(target.id, `e2e reopen ${Date.now()}`);
  // The server reopens it: it enters the Open view at the top, and the Open count grows.
  await expect(inbox.rows.first()).toHaveAttribute('data-conversation-id', String(target.id));
  await expect(openTab.locator('.sb-tabs__count')).toHaveText(String(before + 1));
});
