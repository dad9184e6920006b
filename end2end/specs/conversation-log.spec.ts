import { test, expect } from '../support/fixtures';
import { uniqueText, type Api, type ConversationId, type Message } from '../support/api';
import { largestMove } from '../support/frames';

/**
 * The message log of a long conversation: bounded DOM, older pages on scroll without a
 * jump, message links from a cold start, jump to latest, day headings, the new-messages
 * divider, and search inside the conversation.
 */

/** Writes `n` customer messages into conversation `id`, oldest first. */
async function writeMany(api: Api, id: ConversationId, label: string, n: number): Promise<Message[]> {
  const out: Message[] = [];
  for (let i = 0; i < n; i++) out.push(await api.inbound(id, `${label} #${i}`));
  return out;
}

test('a long history: a link to an old message opens it from a cold start, highlighted, with a bounded DOM', async ({
  api,
  inbox,
  page,
}) => {
  const target = await api.pickConversation(12);
  const label = uniqueText('e2e long');
  const written = await writeMany(api, target.id, label, 230);
  const old = written[5];

  await inbox.goto(`/conversations/${target.id}/messages/${old.id}`);
  const article = inbox.log.locator(`[data-message-id="${old.id}"]`);
  await expect(article).toBeVisible();
  await expect(article).toHaveClass(/sb-message--highlight/);
  await expect(article).toBeInViewport();
  // The newest message is not loaded yet (the history is a stretch around the link).
  await expect(inbox.log.locator(`[data-message-id="${written[229].id}"]`)).toHaveCount(0);

  // Jump to latest brings the end.
  await page.getByRole('button', { name: /Jump to latest/ }).click();
  await expect(inbox.message(`${label} #229`)).toBeVisible();

  // Scrolling up through the whole history never renders more than the window's bound.
  let most = 0;
  await expect
    .poll(
      async () => {
        most = Math.max(most, await inbox.messages.count());
        await inbox.log.evaluate((el) => (el.scrollTop = 0));
        return inbox.message(`${label} #0`).count();
      },
      { timeout: 30_000, intervals: [100] },
    )
    .toBe(1);
  expect(most).toBeLessThanOrEqual(210);
  // At the very beginning the log says so, with nothing more to load.
  await expect
    .poll(
      async () => {
        await inbox.log.evaluate((el) => (el.scrollTop = 0));
        return inbox.log.getByText('Start of the conversation', { exact: true }).count();
      },
      { timeout: 30_000, intervals: [100] },
    )
    .toBe(1);
  await expect(inbox.log.getByRole('button', { name: 'Load older messages' })).toHaveCount(0);
});

test('older pages load above without moving what the agent reads', async ({ api, inbox }) => {
  const target = await api.pickConversation(13);
  const label = uniqueText('e2e anchor');
  const written = await writeMany(api, target.id, label, 120);
  // Live first: the socket's first sync reloads the open history, which would move it.
  await inbox.gotoLive(`/conversations/${target.id}`);
  await expect(inbox.message(`${label} #119`)).toBeVisible();
  const older = inbox.page.waitForRequest((r) => r.url().includes('/messages?') && r.url().includes('before='));
  // Scroll near the top: the message at the top stays put, in every frame the browser
  // paints, while the older page loads and renders above it (watched in the page until
  // half a second after the older rows are in).
  const probe = inbox.message(`${label} #75`);
  await probe.scrollIntoViewIfNeeded();
  const watch = largestMove(inbox.log, {
    id: (await probe.getAttribute('data-message-id'))!,
    scrollTop: 10,
    untilId: String(written[60].id),
    settleMs: 500,
    maxMs: 15_000,
  });
  await older;
  const { worst, seen } = (await watch)!;
  expect(seen, 'the older page rendered while watched').toBe(true);
  await expect(inbox.log.locator(`[data-message-id="${written[60].id}"]`)).toHaveCount(1);
  // Every message is in the DOM once.
  const ids = await inbox.log.locator('[data-message-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-message-id')));
  expect(new Set(ids).size).toBe(ids.length);
  // Within rounding (integer offsets against fractional rectangles).
  expect(Math.abs(worst), `the top message moved ${worst} px in some frame`).toBeLessThanOrEqual(2);
});

test('new messages: the divider, day headings, and Jump to latest with a count', async ({ api, inbox, page }) => {
  const target = await api.pickConversation(14);
  const label = uniqueText('e2e unread');
  // Enough for the log to scroll.
  await writeMany(api, target.id, label, 30);
  // The divider sits right before the first unread customer message (the server's
  // unread count, before the page opens it and marks it read, says which that is).
  const unread = (await api.conversation(target.id)).conversation.unread_count;
  expect(unread).toBeGreaterThanOrEqual(30);
  const fromCustomer = (await api.messages(target.id)).filter((m) => m.author.kind === 'contact' && m.visibility === 'public');
  const firstUnread = fromCustomer[fromCustomer.length - unread];
  await inbox.gotoLive(`/conversations/${target.id}`);
  const divider = inbox.log.getByRole('separator').filter({ hasText: 'New messages' });
  await expect(divider).toBeVisible();
  const next = divider.locator('xpath=following-sibling::*[1]');
  await expect(next).toHaveAttribute('data-message-id', String(firstUnread.id));
  await expect(inbox.log.getByRole('heading', { name: 'Today' })).toBeVisible();

  // Scrolled away from the bottom, a new message shows as a count on Jump to latest.
  await inbox.log.evaluate((el) => (el.scrollTop = 0));
  await expect(page.getByRole('button', { name: /Jump to latest/ })).toBeVisible();
  await api.inbound(target.id, `${label} later`);
  const jump = page.getByRole('button', { name: /Jump to latest/ });
  await expect(jump).toContainText('1 new');
  await jump.click();
  await expect(inbox.message(`${label} later`)).toBeInViewport();
  await expect(jump).toBeHidden();
});

test('search in the conversation finds an old message, shows it and highlights the words', async ({ api, inbox, page }) => {
  const target = await api.pickConversation(15);
  const word = `needle${Date.now().toString(36)}`;
  await api.inbound(target.id, `an old message with ${word} inside`);
  await writeMany(api, target.id, uniqueText('e2e filler'), 70);
  await inbox.goto(`/conversations/${target.id}`);
  await expect(inbox.message(word)).toHaveCount(0);

  await page.getByRole('button', { name: 'Search in this conversation' }).click();
  const box = page.getByRole('searchbox', { name: 'Search in this conversation' });
  await expect(box).toBeFocused();
  await box.fill(word);
  await expect(inbox.message(word)).toBeInViewport();
  await expect(page.getByRole('search')).toContainText('1 / 1');
  await expect
    .poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get('sb-search')?.size ?? 0))
    .toBeGreaterThan(0);
  await box.press('Escape');
  await expect(box).toBeHidden();
});

test('sending while reading far back brings the log to the latest, where the message shows', async ({ api, inbox, page }) => {
  const target = await api.pickConversation(16);
  const label = uniqueText('e2e far back');
  const written = await writeMany(api, target.id, label, 150);
  await inbox.goto(`/conversations/${target.id}/messages/${written[3].id}`);
  await expect(inbox.log.locator(`[data-message-id="${written[3].id}"]`)).toBeInViewport();
  await expect(inbox.log.locator(`[data-message-id="${written[149].id}"]`)).toHaveCount(0);

  await inbox.noteMode.click();
  const note = uniqueText('e2e note from far back');
  const box = inbox.composer.getByRole('textbox', { name: 'Note', exact: true });
  await box.fill(note);
  await box.press('Enter');
  await expect(inbox.message(note)).toBeInViewport();
  await expect(inbox.message(note)).toHaveAttribute('data-message-id', /\d+/);
  await expect(inbox.message(`${label} #149`)).toBeVisible();
  // The address is the conversation's again, not the old message's.
  await expect(page).toHaveURL(new RegExp(`/conversations/${target.id}$`));
});
