import { test, expect } from '../support/fixtures';
import type { Locator } from '@playwright/test';

/** An element's rendered width in CSS pixels. */
async function width(el: Locator): Promise<number> {
  const box = await el.boundingBox();
  if (!box) throw new Error('not rendered');
  return Math.round(box.width);
}

test('the panel is resized by dragging its handle, and keeps its width after a reload', async ({
  api,
  inbox,
  page,
}) => {
  const target = await api.pickWhere('conversations', () => true, 3);
  await inbox.goto(`/conversations/${target.id}`);
  const handle = page.getByRole('separator', { name: 'Resize client details' });
  const before = await width(inbox.clientDetails);
  await expect(handle).toHaveAttribute('aria-valuenow', String(before));

  const box = (await handle.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 40, y, { steps: 4 });
  await page.mouse.move(box.x + box.width / 2 - 80, y, { steps: 4 });
  await page.mouse.up();

  await expect.poll(() => width(inbox.clientDetails)).toBe(before + 80);
  await expect(handle).toHaveAttribute('aria-valuenow', String(before + 80));
  await inbox.goto(`/conversations/${target.id}`);
  await expect.poll(() => width(inbox.clientDetails)).toBe(before + 80);
});

test('a zone handle works from the keyboard: arrows step, Home and End go to the limits', async ({
  api,
  inbox,
  page,
}) => {
  const target = await api.pickWhere('conversations', () => true, 3);
  await inbox.goto(`/conversations/${target.id}`);
  const handle = page.getByRole('separator', { name: 'Resize conversation list' });
  await expect(handle).toHaveAttribute('aria-orientation', 'vertical');
  const start = await width(inbox.conversations);
  await expect(handle).toHaveAttribute('aria-valuenow', String(start));

  await handle.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(handle).toHaveAttribute('aria-valuenow', String(start + 32));
  await expect.poll(() => width(inbox.conversations)).toBe(start + 32);
  await page.keyboard.press('ArrowLeft');
  await expect(handle).toHaveAttribute('aria-valuenow', String(start + 16));

  const min = Number(await handle.getAttribute('aria-valuemin'));
  const max = Number(await handle.getAttribute('aria-valuemax'));
  expect(min).toBeLessThan(start);
  expect(max).toBeGreaterThan(start + 32);
  await page.keyboard.press('Home');
  await expect(handle).toHaveAttribute('aria-valuenow', String(min));
  await expect.poll(() => width(inbox.conversations)).toBe(min);
  await page.keyboard.press('End');
  await expect(handle).toHaveAttribute('aria-valuenow', String(max));
  await expect.poll(() => width(inbox.conversations)).toBe(max);
  // The conversation keeps room to work in.
  expect(await width(inbox.conversation)).toBeGreaterThanOrEqual(420);
});

test('collapsed, the panel and its handle are gone; the list handle stays', async ({ api, inbox, page }) => {
  const target = await api.pickWhere('conversations', () => true, 3);
  await inbox.goto(`/conversations/${target.id}`);
  await inbox.headerButton('Client details').click();
  await expect(inbox.clientDetails).toBeHidden();
  await expect(page.getByRole('separator', { name: 'Resize client details' })).toHaveCount(0);
  await expect(page.getByRole('separator', { name: 'Resize conversation list' })).toBeVisible();
  await inbox.headerButton('Client details').click();
  await expect(inbox.clientDetails).toBeVisible();
  await expect(page.getByRole('separator', { name: 'Resize client details' })).toBeVisible();
});

test('on a narrow screen the panel is a drawer: the toggle opens it, close, Escape and the backdrop close it', async ({
  api,
  inbox,
  page,
}) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  const target = await api.pickWhere('conversations', () => true, 3);
  await inbox.goto(`/conversations/${target.id}`);
  const toggle = inbox.headerButton('Client details');
  await expect(inbox.clientDetails).toBeHidden();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  // Nothing to drag on a narrow screen.
  await expect(page.getByRole('separator')).toHaveCount(0);

  await toggle.click();
  await expect(inbox.clientDetails).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const close = inbox.clientDetails.getByRole('button', { name: 'Close client details' });
  await expect(close).toBeFocused();
  // Over the conversation, at the right edge of the window.
  const box = (await inbox.clientDetails.boundingBox())!;
  expect(Math.round(box.x + box.width)).toBe(1000);
  await expect(inbox.clientDetails.getByRole('region', { name: 'Contact' })).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(inbox.clientDetails).toBeHidden();
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');

  await toggle.click();
  await close.click();
  await expect(inbox.clientDetails).toBeHidden();

  await toggle.click();
  await expect(inbox.clientDetails).toBeVisible();
  await page.mouse.click(100, 400);
  await expect(inbox.clientDetails).toBeHidden();

  // Back on a wide screen the panel is a column again.
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(inbox.clientDetails).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
});
