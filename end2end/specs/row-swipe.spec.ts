import { test, expect } from '../support/fixtures';
import type { RowSummary } from '../support/api';

// A phone: Chromium turns the DevTools touch events into touch pointer events.
test.use({ hasTouch: true });

const only = (c: RowSummary, query = '') => `/?${query}q=${encodeURIComponent(c.contact.name)}`;

test('a row follows the finger, snaps back when short, and closes when swiped left past a third', async ({
  api,
  inbox,
}) => {
  const target = await api.pickRow((c) => c.status === 'open', 3);
  const name = target.contact.name;
  try {
    await inbox.goto(only(target, 'status=open&'));
    const row = inbox.row(name);
    const body = row.locator('.sb-row__body');
    await expect(row).toHaveCSS('touch-action', 'pan-y');

    const release = await inbox.swipeRow(name, -0.15, true);
    await expect(body).toHaveCSS('transform', /^matrix\(1, 0, 0, 1, -\d+(\.\d+)?, 0\)$/);
    await expect(row.locator('.sb-row__hint--close')).toBeVisible();
    await expect(row.locator('.sb-row__hint--armed')).toHaveCount(0);
    await release();
    // Back in place: no transform at all at rest (a transformed row is a paint layer of its own).
    await expect(body).toHaveCSS('transform', 'none');
    await expect(row.locator('.sb-row__hint')).toHaveCount(0);

    await inbox.swipeRow(name, -0.45);
    await expect(inbox.rowOf(target.id)).toHaveCount(0);
    await expect(inbox.rowAnnouncer()).toHaveText(`${name}: Conversation closed`);
    expect((await api.row(target.id)).status).toBe('closed');
  } finally {
    if ((await api.row(target.id)).status === 'closed') await api.act(target.id, { type: 'reopen' });
  }
});

test('a row swiped right is snoozed until tomorrow 9:00 local time', async ({ api, inbox, page }) => {
  const target = await api.pickRow((c) => c.status === 'open', 4);
  const name = target.contact.name;
  try {
    await inbox.goto(only(target));
    await inbox.swipeRow(name, 0.45);
    const row = inbox.row(name);
    await expect(row.locator('.sb-row__snooze')).toContainText('until');
    await expect(row).toHaveAccessibleName(/, Snoozed, until /);
    await expect(inbox.rowAnnouncer()).toContainText(`${name}: Conversation snoozed until`);
    const after = await api.row(target.id);
    expect(after.status).toBe('snoozed');
    const [wakes, tomorrow] = await page.evaluate((until) => {
      const t = new Date(until);
      const d = new Date();
      d.setDate(d.getDate() + 1);
      return [
        [t.getFullYear(), t.getMonth(), t.getDate(), t.getHours(), t.getMinutes()],
        [d.getFullYear(), d.getMonth(), d.getDate(), 9, 0],
      ];
    }, after.snoozed_until ?? '');
    expect(wakes).toEqual(tomorrow);
  } finally {
    if ((await api.row(target.id)).status === 'snoozed') await api.act(target.id, { type: 'unsnooze' });
  }
});

test('a vertical drag scrolls the list and moves no row', async ({ inbox, page }) => {
  await inbox.goto('/');
  const scroller = inbox.conversations.locator('.sb-list__scroller');
  const box = await scroller.boundingBox();
  if (!box) throw new Error('the list is not on screen');
  expect(await scroller.evaluate((e) => e.scrollHeight > e.clientHeight)).toBe(true);
  const x = box.x + box.width / 2;
  await inbox.touchDrag({ x, y: box.y + box.height - 40 }, { x: x + 4, y: box.y + 40 });
  await expect.poll(() => scroller.evaluate((e) => e.scrollTop)).toBeGreaterThan(0);
  await expect(inbox.list.locator('.sb-row__hint')).toHaveCount(0);
  await expect(inbox.list.locator('.sb-row--dragging')).toHaveCount(0);
  await expect(page).toHaveURL(/\/$/);
});
