import { test, expect } from '../support/fixtures';
import { escapeRegExp, type RowSummary } from '../support/api';

/** The word a row says for each delivery state (English UI). */
const WORD = { sent: 'Sent', delivered: 'Delivered', read: 'Read', failed: 'Failed' } as const;

/** The last message is our reply to the customer (an agent's, not a note). */
const oursLast = (c: RowSummary) =>
  c.last_message?.author.kind === 'agent' && (c.last_message.visibility ?? 'public') === 'public';

/** The list narrowed to one contact, so the row is rendered whatever its place. */
const only = (c: RowSummary) => `/?q=${encodeURIComponent(c.contact.name)}`;

test('a row shows its tags, its assignee and the delivery state of our last reply', async ({ api, inbox }) => {
  const target = await api.pickRow(
    (c) => oursLast(c) && c.tags.length > 0 && c.assignee !== undefined && c.last_message?.status?.state !== 'failed',
  );
  const assignee = (await api.agents()).find((a) => a.id === target.assignee)?.name;
  expect(assignee, 'the assignee is an agent of the workspace').toBeTruthy();
  const state = target.last_message?.status?.state ?? 'sent';

  await inbox.goto(only(target));
  const row = inbox.row(target.contact.name);
  await expect(row.locator('.sb-row__tag')).toHaveText(target.tags.slice(0, 2));
  await expect(row.locator('.sb-row__assignee')).toHaveText(assignee!);
  const status = row.locator('.sb-row__status');
  await expect(status).toHaveClass(new RegExp(`\\bsb-row__status--${state}\\b`));
  await expect(status.locator('.sb-row__sr')).toHaveText(WORD[state]);
  await expect(row).toHaveAccessibleName(new RegExp(`, Assigned to ${escapeRegExp(assignee!)},`));
  await expect(row).toHaveAccessibleName(new RegExp(`, Tags: ${escapeRegExp(target.tags.join(', '))},`));
  await expect(row).toHaveAccessibleName(new RegExp(`\\(${WORD[state]}\\)$`));
});

test('a reply the network refuses turns the row red and is said in the row name', async ({ api, inbox }) => {
  const target = await api.refusingConversation();
  await inbox.goto(only(target));
  const row = inbox.row(target.contact.name);
  await api.reply(target.id, `e2e refused ${Date.now().toString(36)}`);
  // Sent first; the simulated network refuses it a moment later and the row follows live.
  const failed = row.locator('.sb-row__status--failed');
  await expect(failed).toBeVisible();
  await expect(failed.locator('.sb-row__sr')).toHaveText('Failed');
  // --sb-danger, #b42318.
  await expect(failed).toHaveCSS('background-color', 'rgb(180, 35, 24)');
  await expect(row).toHaveAccessibleName(/, You: e2e refused [0-9a-z]+ \(Failed\)$/);
});

test('a row shows two tags and counts the rest, and says Unassigned', async ({ api, inbox }) => {
  const target = await api.pickRow((c) => c.assignee === undefined);
  const added = [1, 2, 3].map((n) => `e2e-row-${n}-${Date.now().toString(36)}`);
  try {
    for (const tag of added) await api.act(target.id, { type: 'add_tag', tag });
    const tags = (await api.row(target.id)).tags;
    expect(tags.length).toBeGreaterThan(2);

    await inbox.goto(only(target));
    const row = inbox.row(target.contact.name);
    const chips = row.locator('.sb-row__tag');
    await expect(chips).toHaveText([...tags.slice(0, 2), `+${tags.length - 2}`]);
    await expect(chips.last()).toHaveAttribute('title', tags.slice(2).join(', '));
    await expect(row.locator('.sb-row__assignee')).toHaveText('Unassigned');
    await expect(row).toHaveAccessibleName(/, Unassigned,/);
    // Everything stays inside the fixed row height.
    const box = await row.boundingBox();
    const meta = await row.locator('.sb-row__meta').boundingBox();
    expect(box && meta && meta.y + meta.height <= box.y + box.height).toBe(true);
  } finally {
    for (const tag of added) await api.act(target.id, { type: 'remove_tag', tag });
  }
});

test('a system notice as the last message is marked as one', async ({ api, inbox }) => {
  const target = await api.pickRow((c) => c.last_message?.author.kind === 'system');
  await inbox.goto(only(target));
  const row = inbox.row(target.contact.name);
  await expect(row.locator('.sb-row__status--notice .sb-row__sr')).toHaveText('System notice');
  await expect(row.locator('.sb-row__status--read, .sb-row__status--sent')).toHaveCount(0);
  await expect(row.locator('.sb-row__text--system')).toContainText(target.last_message?.text ?? '');
});
