import { test, expect } from '../support/fixtures';
import type { Page } from '@playwright/test';
import { ComposerFiles, isUpload, textFile, type TestFile } from '../pages/composer_files';

/** Counts the upload requests the page makes. */
function countUploads(page: Page): () => number {
  let n = 0;
  page.on('request', (r) => {
    if (r.method() === 'POST' && isUpload(new URL(r.url()))) n += 1;
  });
  return () => n;
}

test('a file over 20 MB and a file of a type not allowed are refused by name and never uploaded', async ({
  api,
  inbox,
  page,
}) => {
  const target = await api.pickConversation(3);
  const files = new ComposerFiles(inbox);
  const uploads = countUploads(page);
  const big: TestFile = {
    name: 'scan-too-big.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.alloc(20 * 1024 * 1024 + 1, 7),
  };
  const exe: TestFile = { name: 'setup.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') };
  const fine = textFile('fine.txt');

  await inbox.goto(`/conversations/${target.id}`);
  await files.pick([big, exe, fine]);
  await expect(files.refusals).toContainText(/scan-too-big\.pdf: files may be at most 20\sMB\./);
  await expect(files.refusals).toContainText('setup.exe: files of this type cannot be sent. Allowed: JPG, JPEG,');
  await files.expectStored(fine.name);
  await expect(files.chips.getByRole('listitem')).toHaveCount(1);
  expect(uploads(), 'only the allowed file was uploaded').toBe(1);

  await files.refusals.getByRole('button', { name: 'Dismiss' }).click();
  await expect(files.refusals).toHaveCount(0);
});

test('a message takes at most 50 files, counting those already attached', async ({ api, inbox, page }) => {
  test.setTimeout(120_000);
  const target = await api.pickConversation(2);
  const files = new ComposerFiles(inbox);
  const uploads = countUploads(page);
  const stamp = Date.now();
  const many = Array.from({ length: 51 }, (_, i) => textFile(`batch-${stamp}-${i + 1}.txt`));

  await inbox.goto(`/conversations/${target.id}`);
  await files.pick(many);
  await expect(files.refusals).toHaveText(
    new RegExp(`batch-${stamp}-51\\.txt was not added: a message can carry at most 50 files\\.`),
  );
  await expect(files.chips.getByRole('listitem')).toHaveCount(50);
  await expect(files.chips.getByRole('button', { name: /^Remove / })).toHaveCount(50, { timeout: 30_000 });
  expect(uploads()).toBe(50);

  // The draft is full: one more file is refused too, without an upload.
  const extra = textFile(`extra-${stamp}.txt`);
  await files.pick([extra]);
  await expect(files.refusals).toContainText(`${extra.name} was not added`);
  expect(uploads()).toBe(50);

  await inbox.sendButton.click();
  await expect(files.chips).toBeHidden();
  await expect
    .poll(async () => {
      const sent = (await api.fullMessages(target.id)).find((m) =>
        (m.attachments ?? []).some((a) => a.name === many[0].name),
      );
      return sent?.attachments?.length ?? 0;
    })
    .toBe(50);
});
