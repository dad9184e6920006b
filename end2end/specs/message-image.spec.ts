import { test, expect } from '../support/fixtures';
import { isPlainPicture } from '../support/api';

test.describe('message kinds', () => {
  test('image: a thumbnail opens a lightbox with a download link, and Escape closes it', async ({
    api,
    inbox,
    page,
  }) => {
    const photos = await api.findMessage('pictures attached', (m) =>
      (m.attachments ?? []).some(isPlainPicture),
    );
    const picture = photos.attachments!.find(isPlainPicture)!;
    const entry = await inbox.openMessage(photos);

    const thumbnail = entry.getByRole('button', { name: `Open picture: ${picture.name}` });
    await expect(thumbnail.locator('img')).toHaveAttribute('src', picture.url);
    await thumbnail.click();

    const lightbox = page.getByRole('dialog', { name: picture.name });
    await expect(lightbox).toBeVisible();
    await expect(lightbox.getByRole('img', { name: picture.name })).toBeVisible();
    const download = lightbox.getByRole('link', { name: 'Download' });
    await expect(download).toHaveAttribute('href', picture.url);
    await expect(download).toHaveAttribute('download', picture.name);
    await expect(lightbox.getByRole('button', { name: /^(Share|Copy link)$/ })).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(lightbox).toBeHidden();
    // Focus goes back to the thumbnail that opened it.
    await expect(thumbnail).toBeFocused();

    await thumbnail.click();
    await expect(lightbox).toBeVisible();
    await lightbox.getByRole('button', { name: 'Close' }).click();
    await expect(lightbox).toBeHidden();
  });

  test('image: without a share sheet, Copy link puts the picture link on the clipboard', async ({
    api,
    inbox,
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // Whatever the browser offers, this test takes the copy path.
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
    });
    const photos = await api.findMessage('pictures attached', (m) =>
      (m.attachments ?? []).some(isPlainPicture),
    );
    const picture = photos.attachments!.find(isPlainPicture)!;
    const entry = await inbox.openMessage(photos);
    await entry.getByRole('button', { name: `Open picture: ${picture.name}` }).click();
    const lightbox = page.getByRole('dialog', { name: picture.name });
    await lightbox.getByRole('button', { name: 'Copy link' }).click();
    await expect(lightbox.getByRole('status')).toHaveText('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname + new URL(copied).search).toBe(picture.url);
  });
});
