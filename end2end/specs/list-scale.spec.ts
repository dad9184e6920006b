import { test, expect } from '../support/fixtures';

/**
 * The list at scale: only rows in sight are in the DOM, further pages load as the agent
 * scrolls, and the keyboard reaches rows that were not rendered. (The demo holds more
 * conversations than one page of 50; 10,000 are measured by `cargo xtask bench`.)
 */

test('only the rows in sight are rendered, and scrolling loads the next pages in order', async ({ api, inbox, page }) => {
  const cursors: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname === '/api/v1/conversations' && url.searchParams.has('cursor')) {
      cursors.push(url.searchParams.get('cursor') ?? '');
    }
  });
  await inbox.gotoLive('/');
  const all = (await api.conversations(200)).filter((c) => !c.archived && !c.contact_blocked);
  expect(all.length, 'the demo needs more than one page of conversations').toBeGreaterThan(50);
  const rendered = await inbox.rows.count();
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThan(40);
  // The list box is as tall as every row would be, so the scroll bar tells the truth.
  await expect(inbox.rows.first()).toHaveAttribute('aria-posinset', '1');

  // Scrolling through gives the server's order exactly, every row once.
  expect(await inbox.listedIds()).toEqual(all.map((c) => c.id));
  expect(cursors.length, 'a further page was asked for with a cursor').toBeGreaterThan(0);
  await expect(inbox.rows.first()).toHaveAttribute('aria-setsize', String(all.length));
  expect(await inbox.rows.count()).toBeLessThan(40);
});

test('arrow keys, Page Down and End move focus to rows that were not rendered', async ({ api, inbox, page }) => {
  await inbox.gotoLive('/');
  const all = (await api.conversations(200)).filter((c) => !c.archived && !c.contact_blocked);
  await inbox.rows.first().focus();
  for (let i = 0; i < 25; i++) await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toHaveAttribute('data-conversation-id', String(all[25].id));
  await expect(page.locator(':focus')).toHaveAttribute('aria-posinset', '26');
  await expect(page.locator(':focus')).toBeInViewport();

  await page.keyboard.press('Home');
  await expect(page.locator(':focus')).toHaveAttribute('data-conversation-id', String(all[0].id));
  await page.keyboard.press('PageDown');
  const afterPage = Number(await page.locator(':focus').getAttribute('aria-posinset'));
  expect(afterPage).toBeGreaterThan(3);

  // End goes to the last loaded row; the list then loads the rest, and End again reaches
  // the very last conversation.
  await expect
    .poll(async () => {
      await page.keyboard.press('End');
      return page.locator(':focus').getAttribute('data-conversation-id');
    })
    .toBe(String(all[all.length - 1].id));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/conversations/${all[all.length - 1].id}(\\?.*)?$`));
});
