import { test, expect } from '../support/fixtures';
import { escapeRegExp } from '../support/api';
import { crmTemplates, pickContact, type CrmLink } from '../support/contacts';
import { crmLinkSection } from '../support/panel';

/** The conversation's CRM link as the server has it. */
async function serverLink(api: import('../support/api').Api, id: number): Promise<CrmLink | undefined> {
  const detail = (await api.conversation(id)) as { conversation: { crm_link?: CrmLink } };
  return detail.conversation.crm_link;
}

test('Choose link: search and pick a lead, client or order; the server keeps it; Remove link', async ({
  api,
  inbox,
}) => {
  const { row } = await pickContact(api, 'no CRM link', (_, r) => !r.crm_link);
  const templates = await crmTemplates(api);
  // Among the first page of the list: the rows the app has loaded too.
  const rows = (await api.conversations(50)) as { id: number; crm_link?: CrmLink }[];
  const known = rows.filter((r) => r.id !== row.id).map((r) => r.crm_link).find((l): l is CrmLink => !!l);
  if (!known) throw new Error('the first page of the demo list has no conversation linked to a CRM record');
  const knownWord = { lead: 'lead', client: 'client', order: 'order' }[known.kind];
  const knownTemplate = templates[known.kind] ?? (known.kind === 'client' ? templates.contact : undefined);
  try {
    await inbox.goto(`/conversations/${row.id}`);
    const section = crmLinkSection(inbox);
    await expect(section).toContainText('This chat is not linked to a lead, client or order.');

    // A new order by its id, picked with the keyboard.
    const orderId = `9${Date.now().toString().slice(-6)}`;
    await section.getByRole('button', { name: 'Choose link' }).click();
    await section.getByLabel('Record type').selectOption('order');
    const search = section.getByRole('combobox', { name: 'Search records' });
    await search.fill(orderId);
    await expect(section.getByRole('option', { name: `Order with ID ${orderId}` })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await search.press('Enter');
    await expect(search).toBeHidden();
    await expect(section).toContainText(`Order #${orderId}`);
    expect(await serverLink(api, row.id)).toEqual({ kind: 'order', id: orderId, title: `Order #${orderId}` });
    await expect(section.getByRole('link', { name: 'Open order in CRM' })).toHaveAttribute(
      'href',
      templates.order.replace('{id}', orderId),
    );

    // A record another chat is linked to, found by its title and picked with the pointer.
    await section.getByRole('button', { name: 'Change link' }).click();
    await section.getByLabel('Record type').selectOption(known.kind);
    await search.fill(known.title.slice(0, -1));
    await section.getByRole('option', { name: new RegExp(`^${escapeRegExp(known.title)}`) }).click();
    await expect(section).toContainText(known.title);
    expect(await serverLink(api, row.id)).toEqual(known);
    if (knownTemplate) {
      await expect(section.getByRole('link', { name: `Open ${knownWord} in CRM` })).toHaveAttribute(
        'href',
        knownTemplate.replace('{id}', known.id),
      );
    }

    await section.getByRole('button', { name: 'Remove link' }).click();
    await expect(section).toContainText('This chat is not linked to a lead, client or order.');
    expect(await serverLink(api, row.id)).toBeUndefined();
  } finally {
    if (await serverLink(api, row.id)) await api.act(row.id, { type: 'unlink_crm' });
  }
});

test('Open contact in CRM uses the workspace template and the contact external id', async ({ api, inbox }) => {
  const { row, contact } = await pickContact(api, 'an external id', (c) => !!c.external_id, 4);
  const templates = await crmTemplates(api);
  await inbox.goto(`/conversations/${row.id}`);
  const open = crmLinkSection(inbox).getByRole('link', { name: 'Open contact in CRM' });
  await expect(open).toHaveAttribute('href', templates.contact.replace('{id}', contact.external_id!));
  await expect(open).toHaveAttribute('target', '_blank');

  // Escape gives up a pick without changing anything.
  const section = crmLinkSection(inbox);
  await section.getByRole('button', { name: /Choose link|Change link/ }).click();
  const search = section.getByRole('combobox', { name: 'Search records' });
  await search.fill('12345');
  await search.press('Escape');
  await expect(search).toBeHidden();
  await expect(section.getByRole('button', { name: /Choose link|Change link/ })).toBeFocused();
  expect(await serverLink(api, row.id)).toEqual(row.crm_link);
});
