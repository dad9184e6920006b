import { test, expect } from '../support/fixtures';

test.describe('message kinds', () => {
  test('translation: an incoming message shows its translation, the original a click away', async ({
    api,
    inbox,
  }) => {
    const incoming = await api.findMessage('a translated customer message', (m) =>
      m.author.kind === 'contact' && m.translation !== undefined,
    );
    const original = incoming.content.text as string;
    const translated = incoming.translation!.text;
    const entry = await inbox.openMessage(incoming);

    await expect(entry).toContainText(translated);
    await expect(entry).not.toContainText(original);
    await entry.getByRole('button', { name: 'Show original' }).click();
    await expect(entry).toContainText(original);
    await expect(entry).not.toContainText(translated);
    await entry.getByRole('button', { name: 'Show translation' }).click();
    await expect(entry).toContainText(translated);
    await expect(entry).not.toContainText(original);
  });

  test('translation: an outgoing translated message shows what was written and what was received', async ({
    api,
    inbox,
  }) => {
    const outgoing = await api.findMessage('a translated agent reply', (m) =>
      m.author.kind === 'agent' && m.translation !== undefined,
    );
    const entry = await inbox.openMessage(outgoing);
    const written = entry.getByText(outgoing.translation!.text, { exact: true });
    const received = entry.getByText(outgoing.content.text as string, { exact: true });
    await expect(written).toBeVisible();
    await expect(received).toBeVisible();
    await expect(entry).toContainText('Written');
    await expect(entry).toContainText('The customer received');
    // What the agent wrote comes first.
    const [w, r] = [await written.boundingBox(), await received.boundingBox()];
    expect(w!.y).toBeLessThan(r!.y);
  });
});
