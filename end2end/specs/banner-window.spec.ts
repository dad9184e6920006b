import { test, expect } from '../support/fixtures';

test('a closed messaging window is announced under the header', async ({ api, inbox }) => {
  const target = await api.pickWhere(
    'conversations whose messaging window closed',
    (c) =>
      (c.channel === 'whatsapp' || c.channel === 'viber') &&
      c.window_closes_at !== undefined &&
      new Date(c.window_closes_at).getTime() < Date.now(),
  );
  await inbox.goto(`/conversations/${target.id}`);
  await expect(inbox.banners()).toContainText(
    /The messaging window closed on .+: only approved templates can be sent\./,
  );

  // A conversation whose window is open shows no such banner.
  const open = await api.pickWhere(
    'conversations with an open messaging window',
    (c) => c.window_closes_at !== undefined && new Date(c.window_closes_at).getTime() > Date.now(),
  );
  await inbox.goto(`/conversations/${open.id}`);
  await expect(inbox.header()).toContainText(`#${open.id}`);
  await expect(inbox.banners()).not.toContainText('The messaging window closed');
});
