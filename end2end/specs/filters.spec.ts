import { test, expect } from '../support/fixtures';
import type { ConversationSummary } from '../support/api';

test('the Filters button shows the filter block; a channel filter filters, shows a chip, and the chip removes it', async ({
  api,
  inbox,
  page,
}) => {
  await inbox.gotoLive('/');
  const block = page.getByRole('group', { name: 'Filters' });
  const button = page.getByRole('button', { name: 'Filters', exact: true });
  await expect(block).toBeHidden();
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(block).toBeVisible();

  await block.getByRole('checkbox', { name: 'Telegram' }).check();
  await expect(page).toHaveURL(/[?&]channel=telegram/);
  const listed = (await api.conversations(200)).filter((c: ConversationSummary) => !c.archived && !c.contact_blocked);
  const telegram = listed.filter((c) => (c as unknown as { channel: string }).channel === 'telegram');
  expect(telegram.length).toBeGreaterThan(0);
  await expect.poll(async () => (await inbox.listedIds()).length).toBe(telegram.length);

  // The block can close; the active filter stays visible as a chip.
  await button.click();
  await expect(block).toBeHidden();
  const chip = page.getByRole('button', { name: 'Remove filter: Telegram' });
  await expect(chip).toBeVisible();
  await chip.click();
  await expect(chip).toHaveCount(0);
  await expect(page).not.toHaveURL(/channel=/);
  await expect.poll(async () => (await inbox.listedIds()).length).toBe(listed.length);
});

test('filters combine (tag and status) and survive a reload', async ({ api, inbox, page }) => {
  const listed = (await api.conversations(200)).filter((c) => !c.archived && !c.contact_blocked);
  const active = listed.filter((c) => ['open', 'in_progress'].includes(c.status));
  const tagged = active.flatMap((c) => (c as unknown as { tags?: string[] }).tags ?? []);
  const tag = tagged.sort((a, b) => tagged.filter((x) => x === b).length - tagged.filter((x) => x === a).length)[0];
  expect(tag).toBeTruthy();
  await inbox.gotoLive(`/?tag=${encodeURIComponent(tag)}&status=open,in_progress`);
  const want = listed.filter(
    (c) => ((c as unknown as { tags?: string[] }).tags ?? []).includes(tag) && ['open', 'in_progress'].includes(c.status),
  );
  const wantIds = want.map((c) => c.id);
  await expect.poll(() => inbox.listedIds()).toEqual(wantIds);
  await expect(page.getByRole('button', { name: `Remove filter: #${tag}` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove filter: Open' })).toBeVisible();
  await page.reload();
  await expect.poll(() => inbox.listedIds()).toEqual(wantIds);
});
