import { test, expect } from '../support/fixtures';
import { uniqueText, type Api, type ConversationId, type FullMessage } from '../support/api';
import { ComposerFiles, isUpload, pngFile, textFile } from '../pages/composer_files';

/** The message of conversation `id` whose text is `text`, once the server has it. */
async function stored(api: Api, id: ConversationId, text: string): Promise<FullMessage> {
  let found: FullMessage | undefined;
  await expect
    .poll(
      async () => {
        found = (await api.fullMessages(id)).find((m) => m.content.text === text);
        return found !== undefined;
      },
      { message: `the server stored "${text}"` },
    )
    .toBe(true);
  return found!;
}

test('a picked file uploads with progress, holds Send until stored, then goes out with the message', async ({
  api,
  inbox,
}) => {
  const target = await api.pickReplyable(2);
  const files = new ComposerFiles(inbox);
  const file = textFile(`report-${Date.now()}.txt`, 'quarterly numbers');
  const text = uniqueText('e2e with a file');
  const uploads = await files.holdUploads();

  await inbox.goto(`/conversations/${target.id}`);
  await files.pick([file]);
  // Under way: a progress bar named after the file, and Cancel.
  const chip = files.chip(file.name);
  await expect(chip.getByRole('progressbar', { name: `Uploading ${file.name}` })).toBeVisible();
  await expect(chip.getByRole('button', { name: `Cancel upload of ${file.name}` })).toBeVisible();
  await expect.poll(uploads.held, { message: 'the app posts the file at once' }).toBe(1);

  // Send waits for the upload, says why, and sends nothing.
  await inbox.messageBox.fill(text);
  await inbox.sendButton.click();
  await expect(inbox.composer.getByRole('status')).toContainText('Wait until the files have uploaded');
  await expect(inbox.messageBox).toHaveValue(text);
  expect((await api.fullMessages(target.id)).some((m) => m.content.text === text)).toBe(false);

  uploads.release();
  await files.expectStored(file.name);
  // 17 bytes, in the agent's units (a no-break space between number and unit).
  await expect(chip).toContainText(/17\sB/);

  await inbox.sendButton.click();
  const message = await stored(api, target.id, text);
  expect(message.attachments?.map((a) => [a.name, a.size, a.kind])).toEqual([[file.name, 17, 'file']]);
  await expect(files.chips).toBeHidden();
  await expect(inbox.messageById(message.id).getByText(file.name)).toBeVisible();
});

test('files dropped on the composer and pasted into the editor are attached to a note', async ({
  api,
  inbox,
}) => {
  const target = await api.pickReplyable(3);
  const files = new ComposerFiles(inbox);
  const dropped = pngFile(`dropped-${Date.now()}.png`);
  const pasted = pngFile(`pasted-${Date.now()}.png`);
  const text = uniqueText('e2e note with pictures');

  await inbox.goto(`/conversations/${target.id}`);
  await inbox.noteMode.click();
  await files.drop([dropped], async () => {
    // Dragging files over the composer highlights it.
    await expect(inbox.composer).toHaveClass(/sb-composer--drop/);
    await expect(inbox.composer.getByText('Drop files here to attach them')).toBeVisible();
  });
  await expect(inbox.composer).not.toHaveClass(/sb-composer--drop/);
  await files.expectStored(dropped.name);
  await files.paste([pasted]);
  await files.expectStored(pasted.name);
  // Pictures get a thumbnail that really loads.
  const thumb = files.chip(pasted.name).locator('img');
  await expect
    .poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBe(1);

  // The reply's draft has none of them.
  await inbox.replyMode.click();
  await expect(files.chips).toBeHidden();
  await inbox.noteMode.click();
  await expect(files.chips.getByRole('listitem')).toHaveCount(2);

  await inbox.composer.getByRole('textbox', { name: 'Note', exact: true }).fill(text);
  await inbox.sendButton.click();
  const note = await stored(api, target.id, text);
  expect(note.visibility).toBe('internal');
  expect(note.attachments?.map((a) => [a.name, a.kind])).toEqual([
    [dropped.name, 'image'],
    [pasted.name, 'image'],
  ]);
});

test('a cancelled upload leaves no chip and nothing attached', async ({ api, inbox, page }) => {
  const target = await api.pickReplyable(2);
  const files = new ComposerFiles(inbox);
  const file = textFile(`cancel-me-${Date.now()}.txt`);
  const text = uniqueText('e2e after a cancel');
  const uploads = await files.holdUploads();

  await inbox.goto(`/conversations/${target.id}`);
  await files.pick([file]);
  await expect.poll(uploads.held).toBe(1);
  await files.chip(file.name).getByRole('button', { name: `Cancel upload of ${file.name}` }).click();
  await expect(files.chip(file.name)).toHaveCount(0);
  await expect(files.chips).toBeHidden();
  uploads.release();

  // Nothing holds Send back any more, and the message goes without the file.
  await inbox.send(text);
  const message = await stored(api, target.id, text);
  expect(message.attachments ?? []).toEqual([]);
  await page.reload();
  await expect(files.chips).toBeHidden();
});

test('a draft keeps its uploaded file across a reload, and Remove takes it off', async ({
  api,
  inbox,
  page,
}) => {
  const target = await api.pickReplyable(3);
  const files = new ComposerFiles(inbox);
  const kept = textFile(`kept-${Date.now()}.csv`, 'a,b\n1,2\n');
  const removed = textFile(`removed-${Date.now()}.txt`);

  await inbox.goto(`/conversations/${target.id}`);
  await files.pick([kept, removed]);
  await files.expectStored(kept.name);
  await files.expectStored(removed.name);

  await page.reload();
  await files.expectStored(kept.name);
  await files.expectStored(removed.name);
  await files.removeButton(removed.name).click();
  await expect(files.chip(removed.name)).toHaveCount(0);
  await page.reload();
  await files.expectStored(kept.name);
  await expect(files.chip(removed.name)).toHaveCount(0);

  // A message of files only.
  await inbox.sendButton.click();
  await expect(files.chips).toBeHidden();
  let sent: FullMessage | undefined;
  await expect
    .poll(async () => {
      sent = (await api.fullMessages(target.id)).find((m) =>
        (m.attachments ?? []).some((a) => a.name === kept.name),
      );
      return sent !== undefined;
    })
    .toBe(true);
  expect(sent!.attachments?.map((a) => a.name)).toEqual([kept.name]);
  expect(sent!.content.text ?? '').toBe('');
});

test('a failed upload says why, holds Send, and Retry uploads it', async ({ api, inbox, page }) => {
  const target = await api.pickReplyable(2);
  const files = new ComposerFiles(inbox);
  const file = textFile(`flaky-${Date.now()}.txt`);
  // The first attempt's connection is cut: a network fault the real server cannot be
  // made to produce here. Later attempts reach the real server.
  let attempts = 0;
  await page.route(isUpload, async (route) => {
    attempts += 1;
    if (attempts === 1) return route.abort('connectionreset');
    return route.fallback();
  });

  await inbox.goto(`/conversations/${target.id}`);
  await files.pick([file]);
  const chip = files.chip(file.name);
  await expect(chip.getByRole('alert')).toContainText('Not uploaded:');
  await inbox.messageBox.fill(uniqueText('e2e held by a failed file'));
  await inbox.sendButton.click();
  await expect(inbox.composer.getByRole('status')).toContainText('A file was not uploaded');

  await chip.getByRole('button', { name: `Retry upload of ${file.name}` }).click();
  await files.expectStored(file.name);
  expect(attempts).toBe(2);
});
