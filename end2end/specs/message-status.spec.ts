import { test, expect } from '../support/fixtures';
import { isPlainPicture } from '../support/api';

test.describe('message kinds', () => {
  test('who and when: the customer by name, agents by name or as You, each with a time', async ({
    api,
    inbox,
  }) => {
    const photos = await api.findMessage('pictures attached', (m) =>
      (m.attachments ?? []).some(isPlainPicture),
    );
    const all = await api.fullMessages(photos.conversation_id);
    const detail = await api.conversation(photos.conversation_id);
    await inbox.openMessage(photos);
    const shown = all.filter((m) => m.content.type !== 'activity').slice(-6);
    for (const m of shown) {
      const entry = inbox.messageById(m.id);
      const author = entry.locator('.sb-message__author');
      if (m.author.kind === 'contact') await expect(author).toHaveText(detail.contact.name);
      if (m.author.kind === 'agent') {
        await expect(author).toHaveText(m.author.id === api.agentId ? 'You' : m.author.name!);
      }
      await expect(entry.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
      await expect(entry.locator('time')).toHaveText(/\d{1,2}[:.]\d\d/);
    }
  });

  test('a failed message says why and Retry sends it again', async ({ api, inbox, page }) => {
    const failed = await api.findMessage('a failed agent reply', (m) => m.status?.state === 'failed');
    const entry = await inbox.openMessage(failed, { live: true });
    await expect(entry).toHaveAttribute('data-status', 'failed');
    await expect(entry).toContainText(`Failed: ${failed.status!.reason}`);

    const retried = page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith(`/messages/${failed.id}/retry`),
    );
    await entry.getByRole('button', { name: 'Retry' }).click();
    const response = await retried;
    expect(response.status()).toBe(200);
    expect((await response.json()).status.state).toBe('sent');

    // The simulated network then delivers it, or refuses it again: the log follows the
    // server to whichever end it reaches.
    const settled = async () => {
      const now = (await api.fullMessages(failed.conversation_id)).find((m) => m.id === failed.id);
      return now?.status?.state;
    };
    await expect.poll(settled, { message: 'the server settles the retried message' }).toMatch(/^(failed|read)$/);
    await expect(entry).toHaveAttribute('data-status', (await settled())!);
  });
});

test.describe('message kinds', () => {
  test('activity: each entry says what happened, who did it and when', async ({ api, inbox }) => {
    // The app words the typed change itself (in the agent's language), never the wire
    // value: a status reads as its label ("In progress"), not `in_progress`.
    const entry = await api.findMessage(
      'an activity entry that changed the status',
      (m) => m.content.type === 'activity' && (m.content.change as { kind?: string } | undefined)?.kind === 'status',
    );
    const to = (entry.content.change as { to: string }).to;
    const label: Record<string, string> = { open: 'Open', in_progress: 'In progress', closed: 'Closed', snoozed: 'Snoozed' };
    const line = await inbox.openMessage(entry);
    await expect(line.locator('.sb-activity__text')).toHaveText(`Status changed to ${label[to]}`);
    await expect(line).not.toContainText('in_progress');
    const who = entry.author.kind === 'system' ? 'System' : entry.author.name!;
    await expect(line.locator('.sb-activity__who')).toHaveText(entry.author.id === api.agentId ? 'You' : who);
    await expect(line.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
  });
});
