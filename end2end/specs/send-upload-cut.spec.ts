import { test, expect } from '../support/fixtures';
import { uniqueText } from '../support/api';
import { ComposerFiles, isUpload, textFile } from '../pages/composer_files';

/**
 * An upload whose connection is cut (`connectionreset` after the bytes went out; that the
 * server stores nothing of a body cut half way is the server test
 * `files::an_upload_cut_half_way_stores_nothing`): the composer keeps the file, Send sends
 * nothing (never a message without its file), and the restarted upload goes out with the
 * message, once.
 */
test('an upload cut off never lets its message go without the file', async ({ api, inbox, page }) => {
  const target = await api.pickReplyable(10);
  const files = new ComposerFiles(inbox);
  // A file of 256 kB, so the cut comes with the upload well under way.
  const file = textFile(`cut-${Date.now()}.txt`, 'x'.repeat(256 * 1024));
  const text = uniqueText('e2e message with a cut file');
  let attempts = 0;
  await page.route(isUpload, async (route) => {
    attempts += 1;
    if (attempts === 1) return route.abort('connectionreset');
    return route.fallback();
  });
  const withText = async () => (await api.fullMessages(target.id)).filter((m) => m.content.text === text);

  await inbox.goto(`/conversations/${target.id}`);
  await files.pick([file]);
  const chip = files.chip(file.name);
  await expect(chip.getByRole('alert')).toContainText('Not uploaded:');
  await inbox.messageBox.fill(text);
  await inbox.sendButton.click();
  await expect(inbox.composer.getByRole('status')).toContainText('A file was not uploaded');
  // Nothing went: not the text alone, not a pending bubble; the file and text stay.
  await expect(inbox.message(text)).toHaveCount(0);
  expect(await withText()).toHaveLength(0);
  await expect(chip).toBeVisible();
  await expect(inbox.messageBox).toHaveValue(text);

  await chip.getByRole('button', { name: `Retry upload of ${file.name}` }).click();
  await files.expectStored(file.name);
  await inbox.sendButton.click();
  await expect.poll(async () => (await withText()).length, { message: 'stored once' }).toBe(1);
  const [message] = await withText();
  expect(message.attachments?.map((a) => [a.name, a.size])).toEqual([[file.name, 256 * 1024]]);
  expect(attempts).toBe(2);
});
