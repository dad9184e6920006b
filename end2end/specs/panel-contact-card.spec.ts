import { test, expect } from '../support/fixtures';
import { customFields, pickContact } from '../support/contacts';
import { contactFields, contactSection, field, shownDate } from '../support/panel';

test('the contact card shows the seeds fields as the server has them', async ({ api, inbox, page }) => {
  const { row, contact } = await pickContact(
    api,
    'a Telegram id, an ad campaign, sales, a manager, tags and custom values',
    (c) =>
      !!c.messenger_ids?.length &&
      !!c.campaign &&
      (c.sales_count ?? 0) > 0 &&
      c.responsible !== undefined &&
      c.tags.length > 0 &&
      (c.custom?.length ?? 0) > 0,
  );
  const defs = await customFields(api);
  const agents = await api.agents();
  await inbox.goto(`/conversations/${row.id}`);
  const section = contactSection(inbox);
  const card = contactFields(inbox);

  await expect(section.getByText(contact.name, { exact: true })).toBeVisible();
  const telegram = contact.messenger_ids!.find((m) => m.channel === 'telegram')!;
  await expect(field(card, 'Telegram ID')).toHaveText(telegram.id);
  await expect(field(card, 'Platform')).toHaveText(contact.platform!);
  await expect(field(card, 'Campaign')).toHaveText(contact.campaign!);
  await expect(field(card, 'Ad set')).toHaveText(contact.ad_set!);
  await expect(field(card, 'Ad')).toHaveText(contact.ad!);
  if (contact.country) await expect(field(card, 'Country')).toHaveText(contact.country);
  await expect(field(card, 'Created')).toHaveText(await shownDate(page, contact.created_at));
  await expect(field(card, 'Sales')).toHaveText(String(contact.sales_count));
  await expect(field(card, 'Sales total')).toHaveText(
    `${(contact.sales_total_minor! / 100).toFixed(2)} ${contact.sales_currency}`,
  );
  const manager = agents.find((a) => a.id === contact.responsible)!;
  await expect(field(card, 'Responsible manager')).toHaveText(manager.name);
  if (contact.external_id) await expect(field(card, 'External ID')).toHaveText(contact.external_id);
  const tags = section.getByRole('list', { name: 'Tags' }).getByRole('listitem');
  await expect(tags).toHaveText(contact.tags);
  for (const v of contact.custom!) {
    const def = defs.find((d) => d.id === v.field)!;
    const shown = v.value.type === 'checkbox' ? (v.value.value ? 'Yes' : 'No') : String(v.value.value);
    await expect(field(card, def.name)).toHaveText(shown);
  }
});

test('a masked phone is shown hidden, with no Copy and no Call', async ({ api, inbox }) => {
  const { row, contact } = await pickContact(api, 'a masked phone', (c) => !!c.phone && !!c.phone_masked);
  await inbox.goto(`/conversations/${row.id}`);
  const card = contactSection(inbox);
  const phone = field(contactFields(inbox), 'Phone');
  await expect(phone).toContainText(contact.phone!);
  await expect(phone).toContainText('Number hidden: calling is off');
  // The digits never reach this agent, so there is nothing to call or copy.
  expect(contact.phone).toContain('•');
  await expect(card.getByRole('link', { name: 'Call' })).toHaveCount(0);
  await expect(card.getByRole('button', { name: 'Copy phone' })).toHaveCount(0);
});

test('an unmasked phone has Call (a tel: link) and Copy', async ({ api, inbox, page, context, baseURL }) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1:8080').origin;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const { row } = await pickContact(api, 'a phone', (c) => !!c.phone, 1);
  // Fault injection: the demo agent is a plain agent in a workspace that masks numbers, so
  // the real server never sends it one unmasked. The contact card is taken from the real
  // answer and only its phone is unmasked, as a supervisor would receive it.
  const number = '+380 67 123 45 67';
  await page.route(`**/api/v1/conversations/${row.id}`, async (route) => {
    const response = await route.fetch();
    const detail = await response.json();
    detail.contact.phone = number;
    detail.contact.phone_masked = false;
    await route.fulfill({ response, json: detail });
  });
  await inbox.goto(`/conversations/${row.id}`);
  const card = contactFields(inbox);
  await expect(field(card, 'Phone')).toContainText(number);
  await expect(card.getByRole('link', { name: 'Call', exact: true })).toHaveAttribute('href', 'tel:+380671234567');
  await card.getByRole('button', { name: 'Copy phone' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(number);
});

test('Copy email puts the address on the clipboard', async ({ api, inbox, page, context, baseURL }) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1:8080').origin;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const { row, contact } = await pickContact(api, 'an email', (c) => !!c.email);
  await inbox.goto(`/conversations/${row.id}`);
  const card = contactFields(inbox);
  await expect(field(card, 'Email')).toContainText(contact.email!);
  const copy = card.getByRole('button', { name: 'Copy email' });
  await copy.click();
  await expect(copy).toHaveText('Copied');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(contact.email);
});
