import { test, expect } from '../support/fixtures';
import { uniqueText, type FullMessage } from '../support/api';
import { ComposerFiles } from '../pages/composer_files';

// Chromium runs with a fake microphone (a tone) that needs no prompt: see
// playwright.config.ts (`--use-fake-device-for-media-stream`, `--use-fake-ui-for-media-stream`).

test('a voice message is recorded, previewed, recorded again, and sent as a voice attachment', async ({
  api,
  inbox,
}) => {
  const target = await api.pickConversation(3);
  const files = new ComposerFiles(inbox);
  const draft = uniqueText('e2e words beside a voice message');
  const before = new Set((await api.fullMessages(target.id)).map((m) => m.id));

  await inbox.goto(`/conversations/${target.id}`);
  await inbox.messageBox.fill(draft);
  await files.recordButton.click();
  const stop = files.voice.getByRole('button', { name: 'Stop recording', exact: true });
  await expect(stop).toBeVisible();
  await expect(files.voice).toContainText('Recording');
  // The clock runs.
  await expect(files.voice.getByRole('timer')).toHaveText('0:01', { timeout: 5_000 });
  await stop.click();

  const preview = files.voice.locator('audio');
  await expect(preview).toHaveAttribute('aria-label', 'Recorded voice message');
  await expect(preview).toHaveAttribute('src', /^blob:/);

  // Record again: a new recording replaces the first.
  const firstUrl = await preview.getAttribute('src');
  await files.voice.getByRole('button', { name: 'Record again', exact: true }).click();
  await expect(stop).toBeVisible();
  await stop.click();
  await expect(preview).toHaveAttribute('src', /^blob:/);
  expect(await preview.getAttribute('src')).not.toBe(firstUrl);

  // Delete throws it away.
  await files.voice.getByRole('button', { name: 'Delete recording', exact: true }).click();
  await expect(files.voice).toHaveCount(0);

  await files.recordButton.click();
  await expect(files.voice.getByRole('timer')).toHaveText('0:01', { timeout: 5_000 });
  await stop.click();
  await files.voice.getByRole('button', { name: 'Send voice message', exact: true }).click();
  await expect(files.voice).toHaveCount(0);

  let voice: FullMessage | undefined;
  await expect
    .poll(
      async () => {
        voice = (await api.fullMessages(target.id)).find(
          (m) => !before.has(m.id) && (m.attachments ?? []).length > 0,
        );
        return voice !== undefined;
      },
      { message: 'the server stored the voice message' },
    )
    .toBe(true);
  const [audio] = voice!.attachments!;
  expect(voice!.attachments).toHaveLength(1);
  expect(audio.kind).toBe('voice');
  expect(audio.mime).toMatch(/^audio\//);
  expect(audio.name).toMatch(/^voice-.*\.(webm|ogg|m4a)$/);
  expect(audio.size).toBeGreaterThan(1000);
  expect(voice!.content.text ?? '').toBe('');
  // The written draft is still there, unsent.
  await expect(inbox.messageBox).toHaveValue(draft);
  await expect(inbox.messageById(voice!.id).locator('audio')).toBeVisible();
});

test('a refused microphone says so and leaves the composer usable', async ({ api, inbox, page }) => {
  // The browser's answer when the agent blocks the microphone: Chromium here always
  // allows (fake UI), so the refusal is injected into the page.
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () =>
      Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
  });
  const target = await api.pickConversation(2);
  const files = new ComposerFiles(inbox);

  await inbox.goto(`/conversations/${target.id}`);
  await files.recordButton.click();
  await expect(inbox.composer.getByRole('alert')).toContainText('The microphone is not allowed');
  await expect(files.voice).toHaveCount(0);
  await expect(files.recordButton).toBeEnabled();
  await expect(files.recordButton).toHaveAttribute('aria-pressed', 'false');
});

test('a recording left in preview survives a reload, then is sent once', async ({ api, inbox, page }) => {
  const target = await api.pickConversation(4);
  const files = new ComposerFiles(inbox);
  const before = new Set((await api.fullMessages(target.id)).map((m) => m.id));
  await inbox.goto(`/conversations/${target.id}`);
  await files.recordButton.click();
  const stop = files.voice.getByRole('button', { name: 'Stop recording', exact: true });
  await expect(files.voice.getByRole('timer')).toHaveText('0:01', { timeout: 5_000 });
  await stop.click();
  const preview = files.voice.locator('audio');
  await expect(preview).toHaveAttribute('src', /^blob:/);
  // Kept in the browser once the preview shows (the store is asynchronous).
  await expect
    .poll(() => page.evaluate(async () => (await caches.open('switchboard-voice')).keys().then((k) => k.length)))
    .toBe(1);

  await page.reload();
  await expect(preview).toHaveAttribute('aria-label', 'Recorded voice message');
  await expect(preview).toHaveAttribute('src', /^blob:/);
  expect(
    (await api.fullMessages(target.id)).filter((m) => !before.has(m.id) && (m.attachments ?? []).length > 0),
    'nothing was sent by the reload',
  ).toHaveLength(0);

  await files.voice.getByRole('button', { name: 'Send voice message', exact: true }).click();
  await expect(files.voice).toHaveCount(0);
  await expect
    .poll(
      async () =>
        (await api.fullMessages(target.id)).filter(
          (m) => !before.has(m.id) && (m.attachments ?? []).some((a) => a.kind === 'voice'),
        ).length,
      { message: 'the kept recording went out once' },
    )
    .toBe(1);
  // Sent: nothing is kept any more, so another reload offers nothing.
  await expect
    .poll(() => page.evaluate(async () => (await caches.open('switchboard-voice')).keys().then((k) => k.length)))
    .toBe(0);
  await page.reload();
  await expect(inbox.messageBox).toBeVisible();
  await expect(files.voice).toHaveCount(0);
});

test('a recording still running when the page reloads comes back cut short, as a preview, and is sent once', async ({
  api,
  inbox,
  page,
}) => {
  const target = await api.pickConversation(17);
  const files = new ComposerFiles(inbox);
  const newVoice = async () =>
    (await api.fullMessages(target.id)).filter(
      (m) => !before.has(m.id) && (m.attachments ?? []).some((a) => a.kind === 'voice'),
    );
  const before = new Set((await api.fullMessages(target.id)).map((m) => m.id));
  const kept = () =>
    page.evaluate(async () => {
      const cache = await caches.open('switchboard-voice');
      const [key] = await cache.keys();
      const hit = key && (await cache.match(key));
      if (!hit) return null;
      const bytes = new Uint8Array(await hit.arrayBuffer());
      return {
        partial: hit.headers.get('x-sb-partial'),
        size: bytes.length,
        magic: Array.from(bytes.subarray(0, 4), (b) => b.toString(16).padStart(2, '0')).join(''),
      };
    });

  await inbox.goto(`/conversations/${target.id}`);
  await files.recordButton.click();
  await expect(files.voice.getByRole('timer')).toHaveText('0:02', { timeout: 6_000 });
  // What has been recorded so far is kept every second while it runs: a real file,
  // starting with its container's header (WebM's EBML magic, as Chromium records).
  await expect.poll(async () => (await kept())?.partial).toBe('1');
  const sofar = (await kept())!;
  expect(sofar.size).toBeGreaterThan(0);
  expect(sofar.magic).toBe('1a45dfa3');

  // The agent reloads without stopping.
  await page.reload();
  const preview = files.voice.locator('audio');
  await expect(preview).toHaveAttribute('aria-label', 'Recorded voice message');
  await expect(preview).toHaveAttribute('src', /^blob:/);
  await expect(inbox.composer.getByRole('alert')).toContainText('cut short by a reload');
  // It plays: the browser reads the kept file's header.
  await expect
    .poll(() => preview.evaluate((a: HTMLAudioElement) => a.readyState), { message: 'the preview loads' })
    .toBeGreaterThanOrEqual(1);
  expect(await newVoice(), 'nothing was sent by the reload').toHaveLength(0);

  await files.voice.getByRole('button', { name: 'Send voice message', exact: true }).click();
  await expect(files.voice).toHaveCount(0);
  await expect(inbox.composer.getByRole('alert')).toHaveCount(0);
  await expect.poll(async () => (await newVoice()).length, { message: 'sent once' }).toBe(1);
  const [sent] = await newVoice();
  // What went out is what was kept (at least what had been kept two seconds in).
  expect(sent.attachments![0].size).toBeGreaterThanOrEqual(sofar.size);
  await expect.poll(async () => kept()).toBeNull();
});
