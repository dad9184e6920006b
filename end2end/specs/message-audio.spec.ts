import { test, expect } from '../support/fixtures';

test.describe('message kinds', () => {
  test('voice: a player with a speed control that changes the playback rate', async ({ api, inbox }) => {
    const voice = await api.findMessage('a voice note', (m) =>
      (m.attachments ?? []).some((a) => a.kind === 'voice'),
    );
    const file = voice.attachments!.find((a) => a.kind === 'voice')!;
    const entry = await inbox.openMessage(voice);

    const player = entry.locator('audio');
    await expect(player).toHaveAttribute('src', file.url);
    await expect(player).toHaveAttribute('controls', '');
    await expect(player).toHaveAttribute('aria-label', `Voice message: ${file.name}`);

    const speed = entry.getByRole('group', { name: 'Playback speed' });
    const rate = () => player.evaluate((el: HTMLAudioElement) => el.playbackRate);
    await expect(speed.getByRole('button', { name: '1×' })).toHaveAttribute('aria-pressed', 'true');
    expect(await rate()).toBe(1);

    await speed.getByRole('button', { name: '1.5×' }).click();
    await expect(speed.getByRole('button', { name: '1.5×' })).toHaveAttribute('aria-pressed', 'true');
    await expect(speed.getByRole('button', { name: '1×' })).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(rate).toBe(1.5);

    await speed.getByRole('button', { name: '2×' }).click();
    await expect.poll(rate).toBe(2);
  });
});
