import { test, expect } from '../support/fixtures';

test.describe('message kinds', () => {
  test('contact card: the name and a phone link', async ({ api, inbox }) => {
    const card = await api.findMessage('a contact card', (m) => m.content.type === 'contact_card');
    const [name, phone] = [card.content.name as string, card.content.phone as string];
    const entry = await inbox.openMessage(card);
    await expect(entry).toContainText('Contact card');
    await expect(entry).toContainText(name);
    const call = entry.getByRole('link', { name: phone });
    await expect(call).toHaveAttribute('href', `tel:${phone.replace(/[^\d+]/g, '')}`);
  });
});
