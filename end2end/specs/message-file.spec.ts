import { test, expect } from '../support/fixtures';

test.describe('message kinds', () => {
  test('file: name, type, readable size and a download link', async ({ api, inbox }) => {
    const withPdf = await api.findMessage('a PDF attached', (m) =>
      (m.attachments ?? []).some((a) => a.kind === 'file' && a.name.endsWith('.pdf')),
    );
    const pdf = withPdf.attachments!.find((a) => a.name.endsWith('.pdf'))!;
    const entry = await inbox.openMessage(withPdf);

    const link = entry.getByRole('link', { name: pdf.name, exact: true });
    await expect(link).toHaveAttribute('href', pdf.url);
    await expect(link).toHaveAttribute('download', pdf.name);
    const card = entry.locator('.sb-file').filter({ hasText: pdf.name });
    await expect(card).toContainText('PDF');
    // Sizes read as people count them (bytes below 1 KB, else one unit with at most a decimal).
    const size = pdf.size < 1024 ? new RegExp(`^${pdf.size}\\s+B$`) : /^\d+(\.\d)?\s+(KB|MB)$/;
    await expect(card.locator('.sb-file__size')).toHaveText(size);
  });

  test('video and files on a note: a player and a download, each as its kind', async ({ api, inbox }) => {
    const target = await api.pickConversation(8);
    const clip = await api.upload('clip.mp4', Buffer.from('not really a film'));
    const sheet = await api.upload('figures.csv', Buffer.from('a,b\n1,2\n'));
    const text = `note with files ${Date.now().toString(36)}`;
    const note = await api.sendMessage(target.id, {
      text,
      visibility: 'internal',
      attachments: [clip.id, sheet.id],
    });

    const entry = await inbox.openMessage(note);
    await expect(entry).toContainText('Internal note');
    const attachments = entry.getByRole('list', { name: 'Attachments' });
    const video = attachments.locator('video');
    await expect(video).toHaveAttribute('src', clip.url);
    await expect(video).toHaveAttribute('controls', '');
    await expect(attachments.getByRole('link', { name: 'figures.csv' })).toHaveAttribute('href', sheet.url);
    await expect(attachments.locator('.sb-file')).toContainText('CSV');
  });
});
