import { test, expect } from '../support/fixtures';
import { pickContact, setCrmProperty, type Contact, type CrmGroup } from '../support/contacts';
import { contactSection, field } from '../support/panel';

/** The contact's first CRM group with an editable property. */
function editableGroup(c: Contact): CrmGroup | undefined {
  return c.crm?.find((g) => g.properties.some((p) => p.editable));
}

test('a CRM group: view, copy, open in the CRM, and email and phone are read-only', async ({
  api,
  inbox,
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1:8080').origin;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const { row, contact } = await pickContact(api, 'a CRM group', (c) => !!editableGroup(c));
  const group = editableGroup(contact)!;
  await inbox.goto(`/conversations/${row.id}`);
  const section = contactSection(inbox).getByRole('region', { name: group.system, exact: true });

  const open = section.getByRole('link', { name: `Open in ${group.system}` });
  await expect(open).toHaveAttribute('href', group.record_url!);
  await expect(open).toHaveAttribute('target', '_blank');
  for (const p of group.properties) {
    if (p.value) await expect(field(section, p.label)).toContainText(p.value);
    const edit = section.getByRole('button', { name: `Edit ${p.label}`, exact: true });
    if (p.editable) await expect(edit).toBeVisible();
    else {
      await expect(edit).toHaveCount(0);
      await expect(field(section, p.label)).toContainText('read-only');
    }
  }
  const prop = group.properties.find((p) => p.editable && p.value)!;
  await section.getByRole('button', { name: `Copy ${prop.label}`, exact: true }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(prop.value);
});

test('a CRM property: edit in place, Escape cancels, Restore brings the original back', async ({ api, inbox }) => {
  const { row, contact } = await pickContact(api, 'a CRM group', (c) => !!editableGroup(c), 1);
  const group = editableGroup(contact)!;
  const prop = group.properties.find((p) => p.editable)!;
  try {
    await inbox.goto(`/conversations/${row.id}`);
    const section = contactSection(inbox).getByRole('region', { name: group.system, exact: true });
    const value = field(section, prop.label);

    await section.getByRole('button', { name: `Edit ${prop.label}`, exact: true }).click();
    const input = section.getByRole('textbox', { name: `New value of ${prop.label}` });
    await expect(input).toBeFocused();
    await expect(input).toHaveValue(prop.value);
    await input.fill('dropped');
    await input.press('Escape');
    await expect(input).toBeHidden();
    await expect(value).toContainText(prop.value);
    const edit = section.getByRole('button', { name: `Edit ${prop.label}`, exact: true });
    await expect(edit).toBeFocused();

    const changed = `e2e ${Date.now().toString(36)}`;
    await section.getByRole('button', { name: `Edit ${prop.label}`, exact: true }).click();
    await input.fill(changed);
    await input.press('Enter');
    await expect(input).toBeHidden();
    await expect(value).toContainText(changed);
    await expect(edit).toBeFocused();
    const saved = (await api.contact(contact.id)).crm!.find((g) => g.system === group.system)!;
    expect(saved.properties.find((p) => p.key === prop.key)).toMatchObject({
      value: changed,
      original: prop.original,
    });

    const restore = section.getByRole('button', { name: `Restore ${prop.label}`, exact: true });
    await restore.click();
    await expect(value).toContainText(prop.original);
    await expect(restore).toHaveCount(0);
    const restored = (await api.contact(contact.id)).crm!.find((g) => g.system === group.system)!;
    expect(restored.properties.find((p) => p.key === prop.key)?.value).toBe(prop.original);
  } finally {
    await setCrmProperty(api, contact.id, group.system, prop.key, prop.value);
  }
});
