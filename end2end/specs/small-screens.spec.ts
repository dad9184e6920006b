import * as path from 'path';
import type { Locator, Page, Request } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import type { Api, ConversationSummary } from '../support/api';
import { conversationUrl, type InboxPage } from '../pages/inbox';

/**
 * Phones (one zone at a time, `Back`, `Client details` as a sheet, `Actions`, the
 * composer's `More`) and the mid-size layout (one-row header, the log gets the room, the
 * sort reads in full). docs/small-screens.md says what each width does.
 *
 * With SWITCHBOARD_SCREENSHOTS=1 the phone tests write the pictures of that page into
 * docs/screenshots/.
 */

const screenshots = process.env.SWITCHBOARD_SCREENSHOTS === '1';
const shotsDir = path.resolve(__dirname, '..', '..', 'docs', 'screenshots');

/** Saves a screenshot for the docs when asked to (only at the first phone size). */
async function shot(page: Page, name: string): Promise<void> {
  const { width } = page.viewportSize()!;
  if (screenshots && width === 390) {
    await page.screenshot({ path: path.join(shotsDir, `${name}.png`) });
  }
}

/**
 * An open conversation without banners (no AI agent, not blocked, a messaging window that
 * stays open for the test): its log starts right under the header.
 */
async function plainConversation(api: Api, index: number): Promise<ConversationSummary> {
  const soon = Date.now() + 3_600_000;
  return api.pickWhere(
    'open conversations without banners',
    (c) =>
      c.status === 'open' &&
      !c.ai_active &&
      !c.contact_blocked &&
      (!c.window_closes_at || Date.parse(c.window_closes_at) > soon),
    index,
  );
}

/**
 * What sticks out of the window: the document scrolls sideways, or a visible element's
 * right edge (cut by the ancestors that clip their overflow) passes the window's. Also
 * text squeezed to a letter per line: an element with a few letters of its own text that
 * is narrower than two letters and taller than two lines.
 */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const vw = window.innerWidth;
    if (document.documentElement.scrollWidth > vw) {
      found.push(`the document is ${document.documentElement.scrollWidth}px wide`);
    }
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      if (!el.checkVisibility({ checkVisibilityCSS: true, visibilityProperty: true })) continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue; // visually hidden text
      let right = r.right;
      let left = r.left;
      for (let a = el.parentElement; a; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX !== 'visible' || s.clipPath !== 'none') {
          const ar = a.getBoundingClientRect();
          right = Math.min(right, ar.right);
          left = Math.max(left, ar.left);
        }
      }
      if (right > left && right > vw + 0.5) found.push(`${describe(el)} ends at ${Math.round(right)}px`);
      const own = Array.from(el.childNodes)
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (own.length >= 4 && r.width < size * 2 && r.height > size * 3) {
        found.push(`${describe(el)} is ${Math.round(r.width)}px wide and ${Math.round(r.height)}px tall`);
      }
    }
    return found.slice(0, 10);
  });
}

/** The controls in `scope` (visible ones) smaller than a fingertip (44 x 44 px). */
async function smallTargets(scope: Locator): Promise<string[]> {
  return scope.evaluateAll((roots) => {
    const found: string[] = [];
    const selector = 'button, select, input:not([type=hidden]), textarea, [role=tab], a[href]';
    for (const root of roots) {
      for (const el of Array.from(root.querySelectorAll(selector))) {
        if (!el.checkVisibility({ checkVisibilityCSS: true, visibilityProperty: true })) continue;
        if (el.closest('.sb-log')) continue; // the messages' own contents
        const r = el.getBoundingClientRect();
        if (r.width <= 1 && r.height <= 1) continue;
        if (r.height < 43.5 || r.width < 43.5) {
          const name = el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 20);
          found.push(`${el.tagName.toLowerCase()} "${name}" ${Math.round(r.width)}x${Math.round(r.height)}`);
        }
      }
    }
    return found;
  });
}

/** The list's scrolling box. */
const scroller = (inbox: InboxPage) => inbox.conversations.locator('.sb-list__scroller');

/** Opens a conversation from a link on a phone (the list is hidden, so not `inbox.goto`). */
async function openByLink(inbox: InboxPage, id: number): Promise<void> {
  await inbox.page.goto(`/conversations/${id}`);
  await expect(inbox.log).toBeVisible();
  await expect(inbox.conversation.getByRole('heading', { level: 2 })).toBeVisible();
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 360, height: 740 },
]) {
  test.describe(`a phone, ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport, hasTouch: true, isMobile: true });

    test('one zone at a time: a row opens the conversation, Back returns to the list where it was', async ({
      inbox,
      page,
    }) => {
      await inbox.goto('/');
      await expect(inbox.conversations).toBeVisible();
      await expect(inbox.conversation).toBeHidden();
      await expect(inbox.composer).toBeHidden();
      await expect(inbox.clientDetails).toBeHidden();
      expect(await overflowing(page)).toEqual([]);
      expect(await smallTargets(inbox.conversations.locator('.sb-list__search, .sb-controls, .sb-filters'))).toEqual([]);
      await shot(page, 'phone-list');

      // Scrolled down the list, a row further down is opened.
      const list = scroller(inbox);
      await expect.poll(() => list.evaluate((e) => e.scrollHeight > e.clientHeight + 300)).toBe(true);
      await list.evaluate((e) => (e.scrollTop = 300));
      await expect.poll(() => list.evaluate((e) => e.scrollTop)).toBe(300);
      const listTop = (await list.boundingBox())!.y;
      let target = inbox.rows.first();
      for (let i = 0; i < (await inbox.rows.count()); i++) {
        const box = await inbox.rows.nth(i).boundingBox();
        if (box && box.y >= listTop + 10) {
          target = inbox.rows.nth(i);
          break;
        }
      }
      const id = Number(await target.getAttribute('data-conversation-id'));
      await target.tap();
      await expect(page).toHaveURL(conversationUrl(id));

      const back = inbox.conversation.getByRole('button', { name: 'Back', exact: true });
      await expect(back).toBeVisible();
      await expect(inbox.conversation).toBeVisible();
      await expect(inbox.log).toBeVisible();
      await expect(inbox.composer).toBeVisible();
      await expect(inbox.conversations).toBeHidden();
      await expect(inbox.clientDetails).toBeHidden();
      expect(await overflowing(page)).toEqual([]);
      expect(
        await smallTargets(inbox.conversation.locator('header.sb-conversation__header').or(inbox.composer)),
      ).toEqual([]);
      // The composer is at the bottom of the screen, the log above it.
      const form = (await inbox.composer.boundingBox())!;
      expect(Math.round(form.y + form.height)).toBe(viewport.height);
      await shot(page, 'phone-conversation');

      await back.tap();
      await expect(page).toHaveURL(/\/(\?.*)?$/);
      await expect(inbox.conversations).toBeVisible();
      await expect(inbox.conversation).toBeHidden();
      await expect.poll(() => list.evaluate((e) => e.scrollTop)).toBe(300);

      // The browser's Back does the same.
      await inbox.rowOf(id).tap();
      await expect(page).toHaveURL(conversationUrl(id));
      await expect(inbox.conversations).toBeHidden();
      await page.goBack();
      await expect(inbox.conversations).toBeVisible();
      await expect(inbox.conversation).toBeHidden();
      await expect.poll(() => list.evaluate((e) => e.scrollTop)).toBe(300);
    });

    test('opened from a link, Back goes to the list; Client details is a full-height sheet', async ({
      api,
      inbox,
      page,
    }) => {
      const target = await plainConversation(api, 0);
      await openByLink(inbox, target.id);
      await expect(inbox.conversations).toBeHidden();

      const toggle = inbox.conversation.getByRole('button', { name: 'Client details', exact: true });
      await toggle.tap();
      await expect(inbox.clientDetails).toBeVisible();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      const sheet = (await inbox.clientDetails.boundingBox())!;
      expect([Math.round(sheet.x), Math.round(sheet.y)]).toEqual([0, 0]);
      expect([Math.round(sheet.width), Math.round(sheet.height)]).toEqual([viewport.width, viewport.height]);
      await expect(inbox.clientDetails.getByRole('region', { name: 'Contact' })).toBeVisible();
      expect(await overflowing(page)).toEqual([]);
      await shot(page, 'phone-client-details');
      await inbox.clientDetails.getByRole('button', { name: 'Close client details', exact: true }).tap();
      await expect(inbox.clientDetails).toBeHidden();
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');

      await inbox.conversation.getByRole('button', { name: 'Back', exact: true }).tap();
      await expect(page).toHaveURL(/\/(\?.*)?$/);
      await expect(inbox.conversations).toBeVisible();
      await expect(inbox.rows.first()).toBeVisible();
      await expect(inbox.conversation).toBeHidden();
    });

    test('the header actions are in one Actions menu, and each opens what its button did', async ({
      api,
      inbox,
      page,
    }) => {
      const target = await plainConversation(api, 1);
      await openByLink(inbox, target.id);
      const header = inbox.conversation.locator('header.sb-conversation__header');
      for (const name of ['Close conversation', 'Snooze', 'Assign', 'More actions']) {
        await expect(header.getByRole('button', { name, exact: true })).toHaveCount(0);
      }
      // One row: Back, the name, Client details and Actions side by side (the
      // auto-translate switch may take a second one).
      const actions = header.getByRole('button', { name: 'Actions', exact: true });
      const middles: number[] = [];
      for (const el of [
        header.getByRole('button', { name: 'Back', exact: true }),
        header.getByRole('heading', { level: 2 }),
        header.getByRole('button', { name: 'Client details', exact: true }),
        actions,
      ]) {
        const box = (await el.boundingBox())!;
        middles.push(box.y + box.height / 2);
      }
      expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(16);
      await actions.tap();
      const menu = page.getByRole('menu', { name: 'Actions', exact: true });
      await expect(menu).toBeVisible();
      await shot(page, 'phone-actions');
      await expect(menu).toBeVisible();
      await expect(menu.getByRole('menuitem')).toHaveText([
        'Status: Open',
        'In progress',
        'Close conversation',
        'Snooze',
        'Assign',
        'More actions',
      ]);
      expect(await overflowing(page)).toEqual([]);
      expect(await smallTargets(menu)).toEqual([]);

      await menu.getByRole('menuitem', { name: 'Assign', exact: true }).tap();
      const assign = page.getByRole('menu', { name: 'Assign', exact: true });
      await expect(assign).toBeVisible();
      await expect(assign.getByRole('menuitem').first()).toBeVisible();
      expect(await overflowing(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(assign).toBeHidden();

      await actions.tap();
      await menu.getByRole('menuitem', { name: 'More actions', exact: true }).tap();
      const more = page.getByRole('menu', { name: 'More actions', exact: true });
      await expect(more.getByRole('menuitem', { name: 'Mark unread', exact: true })).toBeVisible();
      await page.keyboard.press('Escape');

      await actions.tap();
      await menu.getByRole('menuitem', { name: 'Snooze', exact: true }).tap();
      const snooze = page.getByRole('menu', { name: 'Snooze', exact: true });
      await expect(snooze.getByRole('menuitem', { name: /Tomorrow/ })).toBeVisible();
      expect(await overflowing(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(snooze).toBeHidden();
    });

    test('the composer keeps Send in reach and its tools behind More', async ({ api, inbox, page }) => {
      const target = await plainConversation(api, 2);
      await openByLink(inbox, target.id);
      const more = inbox.composer.getByRole('button', { name: 'More', exact: true });
      const tools = inbox.composer.getByRole('toolbar', { name: 'Composer tools', exact: true });
      await expect(inbox.sendButton).toBeVisible();
      await expect(more).toHaveAttribute('aria-expanded', 'false');
      await expect(tools).toBeHidden();
      // More sits beside Send, on the editor's row.
      const [m, s] = [(await more.boundingBox())!, (await inbox.sendButton.boundingBox())!];
      expect(Math.abs(m.y - s.y)).toBeLessThan(4);

      await more.tap();
      await expect(more).toHaveAttribute('aria-expanded', 'true');
      await expect(tools).toBeVisible();
      await expect(tools.getByRole('button', { name: 'Emoji', exact: true })).toBeVisible();
      expect(await overflowing(page)).toEqual([]);
      expect(await smallTargets(inbox.composer)).toEqual([]);

      await tools.getByRole('button', { name: 'Emoji', exact: true }).tap();
      await expect(page.getByRole('combobox', { name: 'Search emoji', exact: true })).toBeVisible();
      expect(await overflowing(page)).toEqual([]);
      await page.keyboard.press('Escape');

      await more.tap();
      await expect(tools).toBeHidden();
    });

    test('a row still follows the finger and snaps back', async ({ api, inbox }) => {
      const target = await api.pickRow((c) => c.status === 'open', 5);
      const name = target.contact.name;
      await inbox.goto(`/?q=${encodeURIComponent(name)}`);
      const body = inbox.row(name).locator('.sb-row__body');
      const release = await inbox.swipeRow(name, -0.15, true);
      await expect(body).toHaveCSS('transform', /^matrix\(1, 0, 0, 1, -\d+(\.\d+)?, 0\)$/);
      await release();
      // Back in place: no transform at all at rest (a transformed row is a paint layer of its own).
      await expect(body).toHaveCSS('transform', 'none');
    });

    test('pulling the list down from its top loads it afresh; a short pull or a scrolled list does not', async ({
      inbox,
      page,
    }) => {
      await inbox.goto('/');
      await expect(inbox.list.getByRole('option').first()).toBeVisible();
      const scroller = page.locator('.sb-list__scroller');
      const box = (await scroller.boundingBox())!;
      const x = box.x + box.width / 2;
      const y = box.y + 30;
      // A refresh asks for the view's first page (no cursor); scrolling asks for the next ones.
      const firstPage = (r: Request) => {
        const url = new URL(r.url());
        return /\/api\/v1\/conversations$/.test(url.pathname) && !url.searchParams.has('cursor');
      };
      const listAsked: string[] = [];
      page.on('request', (r) => {
        if (firstPage(r)) listAsked.push(r.url());
      });
      const indicator = page.locator('.sb-pull');

      // A short pull: the indicator follows, says to pull further, and nothing is asked.
      let release = await inbox.touchDrag({ x, y }, { x, y: y + 80 }, true);
      await expect(indicator).toHaveText('Pull to refresh');
      await expect(indicator).toHaveRole('status');
      await release();
      await expect(indicator).toHaveText('');
      expect(listAsked).toEqual([]);

      // Far enough: "Release to refresh", and letting go asks for the list again.
      const asked = page.waitForRequest(firstPage);
      release = await inbox.touchDrag({ x, y }, { x, y: y + 260 }, true);
      await expect(indicator).toHaveText('Release to refresh');
      await shot(page, 'phone-pull-to-refresh');
      await release();
      await asked;
      await expect(indicator).toHaveText('');
      await expect(inbox.list.getByRole('option').first()).toBeVisible();
      const after = listAsked.length;
      expect(after).toBeGreaterThan(0);

      // A list scrolled down scrolls back up under the finger: no pull.
      await scroller.evaluate((el) => (el.scrollTop = 400));
      await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
      await inbox.touchDrag({ x, y: y + 20 }, { x, y: y + 220 });
      await expect(indicator).toHaveText('');
      await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeLessThan(400);
      expect(listAsked.length).toBe(after);
    });
  });
}

for (const viewport of [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
]) {
  test.describe(`a mid-size screen, ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    test('the header is one row, the log has the room, nothing is cut off or covered', async ({
      api,
      inbox,
      page,
    }, info) => {
      const target = await plainConversation(api, 3);
      await inbox.goto(`/conversations/${target.id}`);
      await expect(inbox.log).toBeVisible();
      await expect(inbox.messages.first()).toBeVisible();
      const zone = (await inbox.conversation.boundingBox())!;
      const header = inbox.conversation.locator('header.sb-conversation__header');
      const headerBox = (await header.boundingBox())!;
      const log = (await inbox.log.boundingBox())!;
      const share = log.height / zone.height;
      info.annotations.push({
        type: 'measured',
        description: `header ${Math.round(headerBox.height)}px, log starts ${Math.round(log.y - zone.y)}px below the zone's top, log ${Math.round(share * 100)}% of the zone's ${Math.round(zone.height)}px`,
      });
      expect(log.y - zone.y).toBeLessThanOrEqual(100);
      if (viewport.width === 1280) expect(share).toBeGreaterThanOrEqual(0.6);

      // Every header control whole, inside the zone, none over another.
      const boxes = await header.evaluate((h) =>
        Array.from(h.querySelectorAll('button'))
          .filter((b) => b.checkVisibility({ checkVisibilityCSS: true, visibilityProperty: true }))
          .map((b) => {
            const r = b.getBoundingClientRect();
            return { name: b.textContent?.trim() ?? '', x: r.x, y: r.y, w: r.width, h: r.height };
          }),
      );
      expect(boxes.map((b) => b.name)).toEqual(expect.arrayContaining(['Actions', 'Client details']));
      for (const b of boxes) {
        expect(b.x + b.w, `${b.name} inside the zone`).toBeLessThanOrEqual(zone.x + zone.width + 0.5);
        expect(b.y + b.h, `${b.name} inside the header`).toBeLessThanOrEqual(headerBox.y + headerBox.height + 0.5);
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          const apart = a.x + a.w <= b.x + 0.5 || b.x + b.w <= a.x + 0.5 || a.y + a.h <= b.y + 0.5 || b.y + b.h <= a.y + 0.5;
          expect(apart, `${a.name} and ${b.name} do not overlap`).toBe(true);
        }
      }

      // The in-chat search button floats over the log's gutter, not over a message.
      const toggle = page.getByRole('button', { name: 'Search in this conversation', exact: true });
      for (const where of ['bottom', 'top'] as const) {
        await inbox.log.evaluate((e, w) => (e.scrollTop = w === 'top' ? 0 : e.scrollHeight), where);
        const t = (await toggle.boundingBox())!;
        const covered = await inbox.log.evaluate(
          (e, t) =>
            Array.from(e.querySelectorAll('article, article button'))
              .map((a) => a.getBoundingClientRect())
              .filter((r) => r.right > t.x && r.left < t.x + t.width && r.bottom > t.y && r.top < t.y + t.height).length,
          t,
        );
        expect(covered, `nothing under the search button (log at the ${where})`).toBe(0);
      }

      // The sort shows its whole wording.
      const sort = inbox.conversations.getByRole('combobox', { name: 'Sort', exact: true });
      const fits = await sort.evaluate((el) => {
        const shown = el.getBoundingClientRect().width;
        const before = el.style.cssText;
        el.style.width = 'max-content';
        el.style.flex = 'none';
        const natural = el.getBoundingClientRect().width;
        el.style.cssText = before;
        return { shown, natural, scroll: el.scrollWidth, client: el.clientWidth };
      });
      expect(fits.scroll).toBeLessThanOrEqual(fits.client);
      expect(fits.natural).toBeLessThanOrEqual(fits.shown + 0.5);
      const sortBox = (await sort.boundingBox())!;
      const listBox = (await inbox.conversations.boundingBox())!;
      expect(sortBox.x + sortBox.width).toBeLessThanOrEqual(listBox.x + listBox.width);

      // The actions are in the Actions menu; the client panel is a drawer.
      await header.getByRole('button', { name: 'Actions', exact: true }).click();
      const menu = page.getByRole('menu', { name: 'Actions', exact: true });
      await expect(menu.getByRole('menuitem', { name: 'Close conversation', exact: true })).toBeVisible();
      const menuBox = (await menu.boundingBox())!;
      expect(menuBox.x + menuBox.width).toBeLessThanOrEqual(viewport.width);
      await page.keyboard.press('Escape');
      await expect(inbox.clientDetails).toBeHidden();
      await header.getByRole('button', { name: 'Client details', exact: true }).click();
      await expect(inbox.clientDetails).toBeVisible();
      expect(await overflowing(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(inbox.clientDetails).toBeHidden();
    });
  });
}
