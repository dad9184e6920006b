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
