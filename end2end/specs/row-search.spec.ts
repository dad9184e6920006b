import { test, expect } from '../support/fixtures';
import type { RowSummary } from '../support/api';

/** A name with a word of at least four letters after the first, Cyrillic if the demo has one. */
function searchable(c: RowSummary): boolean {
  const words = c.contact.name.split(/\s+/);
  return words.length > 1 && words[words.length - 1].length >= 4;
}

test('search marks the matching part of a row name and preview, whatever the case', async ({
  api,
  inbox,
}) => {
  const cyrillic = (c: RowSummary) => searchable(c) && /[\u0400-\u04ff]/.test(c.contact.name);
  const target = await api.pickRow(cyrillic, 1).catch(() => api.pickRow(searchable, 1));
  const words = target.contact.name.split(/\s+/);
  // Three letters from inside the last word: a match that starts mid-word.
  const part = words[words.length - 1].slice(1, 4);

  await inbox.goto('/');
  await inbox.search.fill(part.toUpperCase());
  const row = inbox.row(target.contact.name);
  await expect(row.locator('.sb-row__name mark')).toHaveText([part]);
  await expect(row.locator('.sb-row__name')).toHaveText(target.contact.name);

  // A word of the last message is marked in the preview.
  const token = `Zq${Date.now().toString(36)}`;
  await api.inbound(target.id, `Ещё вопрос ${token} спасибо`);
  await inbox.search.fill(token.toLowerCase());
  await expect(row.locator('.sb-row__preview mark')).toHaveText([token]);
  await expect(row.locator('.sb-row__name mark')).toHaveCount(0);
  await api.act(target.id, { type: 'mark_read' });
});

test('a conversation found by an older message shows that message while searching', async ({ api, inbox }) => {
  const target = await api.pickRow(searchable, 2);
  const token = `Qx${Date.now().toString(36)}`;
  await api.inbound(target.id, `Parcel ${token} is still not here`);
  await api.inbound(target.id, 'Any news about it?');

  await inbox.goto('/');
  await inbox.search.fill(token.toLowerCase());
  const row = inbox.row(target.contact.name);
  const preview = row.locator('.sb-row__preview');
  await expect(preview.locator('mark')).toHaveText([token]);
  await expect(preview).toContainText(`Parcel ${token} is still not here`);
  await expect(preview).not.toContainText('Any news about it?');
  // Its accessible name says so too, instead of the last message.
  await expect(row).toHaveAccessibleName(new RegExp(`, Found in a message: .*Parcel ${token} is still not here`));

  // Without a search the row shows the last message again.
  await inbox.search.fill('');
  await expect(preview).toContainText('Any news about it?');
  await expect(preview.locator('mark')).toHaveCount(0);
  await api.act(target.id, { type: 'mark_read' });
});

test('an external id (CUS-…) finds its customer', async ({ api, inbox }) => {
  const all = (await api.conversations(200)) as RowSummary[];
  const names = new Map<string, number>();
  for (const c of all) names.set(c.contact.name, (names.get(c.contact.name) ?? 0) + 1);
  let found: { name: string; external: string } | undefined;
  for (const c of all.filter((c) => names.get(c.contact.name) === 1 && !c.archived && !c.contact_blocked)) {
    const external = (await api.contact(c.contact.id)).external_id;
    if (external) {
      found = { name: c.contact.name, external };
      break;
    }
  }
  if (!found) throw new Error('the demo data has no contact with an external id');

  await inbox.goto('/');
  await inbox.search.fill(found.external);
  await expect(inbox.row(found.name)).toBeVisible();
  await inbox.search.fill(found.external.toLowerCase());
  await expect(inbox.row(found.name)).toBeVisible();
});
