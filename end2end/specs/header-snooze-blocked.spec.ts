import { test, expect } from '../support/fixtures';

// Snooze is not offered for a blocked contact's conversation. The e2e server signs in only
// the demo agent, who may not see blocked contacts (their conversations leave its inbox),
// so the answers are those a supervisor would receive: the real ones with the contact
// marked blocked and `view_blocked` granted (no supervisor can sign in on this server).

test('snoozing is off, with the reason, for a blocked contact; nothing is sent', async ({ api, inbox, page }) => {
  // Already read: opening it sends no `mark_read` (whose answer and event would carry the
  // real, unblocked record).
  const target = await api.pickWhere(
    'open conversations already read',
    (c) => c.status === 'open' && !c.contact_blocked && c.unread_count === 0,
    4,
  );
  const mark = (c: { id: number; contact_blocked?: boolean }) => {
    if (c.id === target.id) c.contact_blocked = true;
  };
  await page.route('**/api/v1/session', async (route) => {
    const response = await route.fetch();
    const session = await response.json();
    session.permissions = { ...session.permissions, view_blocked: true };
    await route.fulfill({ response, json: session });
  });
  await page.route(/\/api\/v1\/conversations(\/\d+(\/actions)?)?(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    if (!response.ok()) return route.fulfill({ response });
    const body = await response.json();
    if (Array.isArray(body.items)) body.items.forEach(mark);
    if (body.conversation) mark(body.conversation);
    if (typeof body.id === 'number') mark(body);
    await route.fulfill({ response, json: body });
  });
  const sent: string[] = [];
  page.on('request', (r) => {
    const body = r.postData() ?? '';
    if (r.method() === 'POST' && r.url().includes(`/conversations/${target.id}/actions`) && body.includes('snooze')) {
      sent.push(body);
    }
  });

  await inbox.goto(`/conversations/${target.id}`);
  const snooze = inbox.headerButton('Snooze');
  await expect(snooze).toHaveAttribute('aria-disabled', 'true');
  await expect(snooze).toHaveAccessibleDescription("A blocked contact's conversation cannot be snoozed.");
  // Focusable (so the reason can be read), but neither a click nor Enter opens the menu.
  await snooze.click({ force: true });
  await snooze.focus();
  await page.keyboard.press('Enter');
  await expect(snooze).toHaveAttribute('aria-expanded', 'false');
  await expect(inbox.menu('Snooze')).toHaveCount(0);
  expect(sent).toEqual([]);
  const after = (await api.conversation(target.id)).conversation;
  expect(after.status).toBe('open');
  expect(after.snoozed_until).toBeUndefined();
});
