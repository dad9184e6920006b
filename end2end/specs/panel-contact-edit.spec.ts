import { test, expect } from '../support/fixtures';
import { uniqueText } from '../support/api';
import {
  customFields,
  customValue,
  patchContact,
  pickContact,
  restoreContact,
  setCrmProperty,
  type CustomFieldDef,
} from '../support/contacts';
import { contactFields, contactForm, contactSection, field } from '../support/panel';

/** The definition of the custom field of type `type`. */
function defOf(defs: CustomFieldDef[], type: string): CustomFieldDef {
  const def = defs.find((d) => d.kind.type === type);
  if (!def) throw new Error(`the demo workspace has no ${type} custom field`);
  return def;
}

test('edit in place: Save sends the changes, the server keeps them and the card shows its answer', async ({
  api,
  inbox,
}) => {
  const defs = await customFields(api);
  const { row, contact: before } = await pickContact(api, 'an email', (c) => !!c.email, 0);
  try {
    await inbox.goto(`/conversations/${row.id}`);
    await contactSection(inbox).getByRole('button', { name: 'Edit contact' }).click();
    const form = contactForm(inbox);
    const email = `e2e.${Date.now().toString(36)}@mail.example`;
    const company = uniqueText('Company');
    await form.getByLabel('Email', { exact: true }).fill(email);
    // Lower case is taken as the country code it means.
    await form.getByLabel('Country', { exact: true }).fill('pl');
    await form.getByLabel('Tags', { exact: true }).fill([...before.tags, 'e2e-edit'].join(', '));
    await form.getByLabel(defOf(defs, 'text').name, { exact: true }).fill(company);
    await form.getByLabel(defOf(defs, 'number').name, { exact: true }).fill(' 990.5 ');
    await form.getByLabel(defOf(defs, 'date').name, { exact: true }).fill('1990-04-01');
    const list = defOf(defs, 'list');
    await form.getByLabel(list.name, { exact: true }).selectOption(list.kind.options![2]);
    const checkbox = defOf(defs, 'checkbox');
    const wasChecked = customValue(before, checkbox.id)?.value === true;
    await form.getByLabel(checkbox.name, { exact: true }).setChecked(!wasChecked);
    await form.getByLabel(defOf(defs, 'link').name, { exact: true }).fill('https://e2e.example/shop');
    await form.getByRole('button', { name: 'Save', exact: true }).click();

    await expect(form).toBeHidden();
    const after = await api.contact(before.id);
    expect(after.email).toBe(email);
    expect(after.country).toBe('PL');
    expect(after.tags).toEqual([...before.tags, 'e2e-edit']);
    expect(after.name).toBe(before.name);
    expect(customValue(after, defOf(defs, 'text').id)).toEqual({ type: 'text', value: company });
    expect(customValue(after, defOf(defs, 'number').id)).toEqual({ type: 'number', value: '990.5' });
    expect(customValue(after, defOf(defs, 'date').id)).toEqual({ type: 'date', value: '1990-04-01' });
    expect(customValue(after, list.id)).toEqual({ type: 'list', value: list.kind.options![2] });
    expect(customValue(after, checkbox.id)).toEqual({ type: 'checkbox', value: !wasChecked });
    expect(customValue(after, defOf(defs, 'link').id)).toEqual({ type: 'link', value: 'https://e2e.example/shop' });

    const card = contactFields(inbox);
    await expect(field(card, 'Email')).toContainText(email);
    await expect(field(card, 'Country')).toHaveText('PL');
    await expect(field(card, defOf(defs, 'text').name)).toHaveText(company);
    await expect(field(card, defOf(defs, 'number').name)).toHaveText('990.5');
    await expect(contactSection(inbox).getByRole('list', { name: 'Tags' })).toContainText('e2e-edit');
    // Focus is back on the button that opened the form.
    await expect(contactSection(inbox).getByRole('button', { name: 'Edit contact' })).toBeFocused();

    // Emptying a custom field clears it on the server.
    await contactSection(inbox).getByRole('button', { name: 'Edit contact' }).click();
    await form.getByLabel(defOf(defs, 'number').name, { exact: true }).fill('');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(form).toBeHidden();
    expect(customValue(await api.contact(before.id), defOf(defs, 'number').id)).toBeUndefined();
    await expect(field(card, defOf(defs, 'number').name)).toHaveCount(0);
  } finally {
    await restoreContact(api, before, defs);
  }
});

test('Cancel and Escape drop the changes: the card and the server keep the contact as it was', async ({
  api,
  inbox,
}) => {
  const defs = await customFields(api);
  const { row, contact: before } = await pickContact(api, 'an email', (c) => !!c.email, 1);
  await inbox.goto(`/conversations/${row.id}`);
  const edit = contactSection(inbox).getByRole('button', { name: 'Edit contact' });
  const form = contactForm(inbox);
  const card = contactFields(inbox);

  await edit.click();
  await form.getByLabel('Email', { exact: true }).fill('changed@mail.example');
  await form.getByLabel(defOf(defs, 'text').name, { exact: true }).fill('Changed Ltd');
  await form.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(form).toBeHidden();
  await expect(field(card, 'Email')).toContainText(before.email!);
  await expect(edit).toBeFocused();

  // Opened again, the form starts from the contact, not from the dropped draft.
  await edit.click();
  await expect(form.getByLabel('Email', { exact: true })).toHaveValue(before.email!);
  await form.getByLabel('Email', { exact: true }).fill('escaped@mail.example');
  await form.getByLabel('Email', { exact: true }).press('Escape');
  await expect(form).toBeHidden();
  await expect(field(card, 'Email')).toContainText(before.email!);

  const after = await api.contact(before.id);
  expect(after.email).toBe(before.email);
  expect(after.custom).toEqual(before.custom);
});

test('a bad custom value is refused with a message and nothing is sent or saved', async ({ api, inbox, page }) => {
  const defs = await customFields(api);
  const number = defOf(defs, 'number');
  const link = defOf(defs, 'link');
  const { row, contact: before } = await pickContact(api, 'any contact', () => true, 2);
  const patches: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'PATCH' && r.url().includes('/api/v1/contacts/')) patches.push(r.url());
  });
  try {
    await inbox.goto(`/conversations/${row.id}`);
    await contactSection(inbox).getByRole('button', { name: 'Edit contact' }).click();
    const form = contactForm(inbox);
    const budget = form.getByLabel(number.name, { exact: true });
    await budget.fill('12abc');
    await form.getByLabel(link.name, { exact: true }).fill('nova-retail.example');
    await form.getByLabel('Email', { exact: true }).fill('olena@mail');
    await form.getByRole('button', { name: 'Save', exact: true }).click();

    await expect(form.getByRole('alert')).toHaveText('Not saved: check the marked fields.');
    await expect(form.getByText('Not a number: use digits and a dot, like 1250.50.')).toBeVisible();
    await expect(form.getByText('Not a web address: it starts with http:// or https://.')).toBeVisible();
    await expect(form.getByText('Not an email address, like name@example.com.')).toBeVisible();
    await expect(budget).toHaveAttribute('aria-invalid', 'true');
    await expect(budget).toHaveAccessibleDescription('Not a number: use digits and a dot, like 1250.50.');
    // The agent's input stays, and focus goes to the first refused field.
    await expect(budget).toHaveValue('12abc');
    await expect(form.getByLabel('Email', { exact: true })).toBeFocused();
    expect(patches).toEqual([]);
    expect(await api.contact(before.id)).toEqual(before);

    // Corrected, the same form saves.
    await budget.fill('1250.75');
    await form.getByLabel(link.name, { exact: true }).fill('https://nova-retail.example');
    await form.getByLabel('Email', { exact: true }).fill(before.email ?? '');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(form).toBeHidden();
    expect(patches).toHaveLength(1);
    const after = await api.contact(before.id);
    expect(customValue(after, number.id)).toEqual({ type: 'number', value: '1250.75' });
  } finally {
    await restoreContact(api, before, defs);
  }
});

test('a save the server refuses shows its words and keeps the input; nothing is saved', async ({
  api,
  inbox,
  page,
}) => {
  const { row, contact: before } = await pickContact(api, 'an email', (c) => !!c.email, 2);
  // A server whose rules are stricter than this app's: the body is altered on its way
  // (its email becomes one the real server refuses), and the real server answers.
  await page.route('**/api/v1/contacts/*', async (route) => {
    const request = route.request();
    if (request.method() !== 'PATCH') return route.continue();
    const body = { ...request.postDataJSON(), email: 'not-an-address' };
    await route.continue({ postData: JSON.stringify(body) });
  });
  await inbox.goto(`/conversations/${row.id}`);
  await contactSection(inbox).getByRole('button', { name: 'Edit contact' }).click();
  const form = contactForm(inbox);
  const typed = `kept.${Date.now().toString(36)}@mail.example`;
  await form.getByLabel('Email', { exact: true }).fill(typed);
  await form.getByRole('button', { name: 'Save', exact: true }).click();

  const alert = form.getByRole('alert');
  await expect(alert).toContainText('Not saved. The server refused a value.');
  await expect(alert).toContainText('email: invalid value "not-an-address"');
  await expect(form.getByLabel('Email', { exact: true })).toHaveValue(typed);
  await expect(form.getByRole('button', { name: 'Save', exact: true })).toBeEnabled();
  expect((await api.contact(before.id)).email).toBe(before.email);
});

test('changes made elsewhere show on the card; an open form keeps the agent input', async ({ api, inbox }) => {
  const defs = await customFields(api);
  const text = defOf(defs, 'text');
  const { row, contact: before } = await pickContact(
    api,
    'a CRM group',
    (c) => !!c.crm?.some((g) => g.properties.some((p) => p.editable)),
    2,
  );
  const group = before.crm!.find((g) => g.properties.some((p) => p.editable))!;
  const prop = group.properties.find((p) => p.editable)!;
  try {
    await inbox.gotoLive(`/conversations/${row.id}`);
    const card = contactFields(inbox);
    const company = uniqueText('Elsewhere');
    await patchContact(api, before.id, { custom: [{ field: text.id, value: { type: 'text', value: company } }] });
    await expect(field(card, text.name)).toHaveText(company);

    await contactSection(inbox).getByRole('button', { name: 'Edit contact' }).click();
    const form = contactForm(inbox);
    await form.getByLabel('Tags', { exact: true }).fill('typing, in, progress');
    // Two changes elsewhere while the form is open; the CRM group below it shows the
    // second has arrived.
    await patchContact(api, before.id, { country: 'DE' });
    const elsewhere = `elsewhere ${Date.now().toString(36)}`;
    await setCrmProperty(api, before.id, group.system, prop.key, elsewhere);
    const crm = contactSection(inbox).getByRole('region', { name: group.system, exact: true });
    await expect(field(crm, prop.label)).toContainText(elsewhere);
    await expect(form.getByLabel('Tags', { exact: true })).toHaveValue('typing, in, progress');
    await form.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(field(card, 'Country')).toHaveText('DE');
  } finally {
    await setCrmProperty(api, before.id, group.system, prop.key, prop.value);
    await restoreContact(api, before, defs);
  }
});
