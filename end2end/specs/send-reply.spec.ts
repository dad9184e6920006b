import { test, expect } from '../support/fixtures';
import { uniqueText } from '../support/api';

const ways = [
  { how: 'button', title: 'the Send button', index: 2 },
  { how: 'enter', title: 'the Enter key', index: 3 },
] as const;

for (const { how, title, index } of ways) {
  test(`a reply sent with ${title} shows at once, is confirmed and stays`, async ({ page, api, inbox }) => {
    const target = await api.pickConversation(index);
    const text = uniqueText(`e2e reply (${how})`);

    // Hold the send request until the pending copy has been seen.
    const sendPath = `/api/v1/conversations/${target.id}/messages`;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let held = 0;
    await page.route(
      (url) => url.pathname === sendPath,
      async (route) => {
        if (route.request().method() !== 'POST') return route.fallback();
        held += 1;
        await released;
        return route.fallback();
      },
    );

    await inbox.gotoLive(`/conversations/${target.id}`);
    await inbox.send(text, how);

    const bubble = inbox.message(text);
    await expect(bubble).toHaveCount(1);
    await expect(bubble).toHaveAttribute('data-client-id', /.+/);
    await expect(bubble).toHaveAttribute('data-status', 'pending');
    await expect(bubble).not.toHaveAttribute('data-message-id');
    await expect.poll(() => held, { message: 'the app posts the message' }).toBeGreaterThan(0);

    release();
    await expect(bubble).toHaveAttribute('data-message-id', /^\d+$/);
    await expect(bubble).not.toHaveAttribute('data-status', 'pending');
    await expect(inbox.messageBox).toBeEmpty();
    // The socket's echo of the same message must not add a second copy.
    await expect(bubble).toHaveCount(1);

    const stored = async () =>
      (await api.messages(target.id)).filter((m) => m.content.text === text).length;
    await expect.poll(stored, { message: 'the server stored the reply once' }).toBe(1);

    await page.reload();
    await expect(inbox.message(text)).toHaveCount(1);
    await expect(inbox.message(text)).toHaveAttribute('data-message-id', /^\d+$/);
  });
}
