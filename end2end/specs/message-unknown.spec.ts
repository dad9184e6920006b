import { test, expect } from '../support/fixtures';
import type { FullMessage } from '../support/api';

test.describe('message kinds', () => {
  test('an unknown kind shows as Unsupported message with its files; AI agent and bot are named', async ({
    api,
    inbox,
    page,
  }) => {
    const target = await api.pickConversation(9);
    const path = `/api/v1/conversations/${target.id}/messages`;
    const base = { conversation_id: target.id, visibility: 'public', created_at: new Date().toISOString() };
    // A page from a newer server: a kind this app does not know, and authors it has no
    // demo data for.
    const page1 = (await api.fullMessages(target.id, 50)).slice(-3);
    const top = Math.max(...page1.map((m) => m.id)) + 1_000_000;
    const extra: FullMessage[] = [
      {
        ...base,
        id: top,
        author: { kind: 'contact' },
        content: { type: 'poll', question: 'Which colour?' },
        attachments: [
          { id: 1, name: 'colours.pdf', size: 2048, mime: 'application/pdf', kind: 'file', url: '/api/v1/uploads/1?exp=1&sig=0' },
        ],
      } as FullMessage,
      { ...base, id: top + 1, author: { kind: 'ai' }, content: { type: 'text', text: 'AI says hello' } } as FullMessage,
      { ...base, id: top + 2, author: { kind: 'bot' }, content: { type: 'text', text: 'Bot says hello' } } as FullMessage,
    ];
    await page.route(
      (url) => url.pathname === path,
      async (route) => {
        const response = await route.fetch();
        const body = await response.json();
        body.items = [...body.items, ...extra];
        await route.fulfill({ response, json: body });
      },
    );

    const unknown = await inbox.openMessage({ id: top, conversation_id: target.id });
    await expect(unknown).toContainText('Unsupported message');
    await expect(unknown.getByRole('link', { name: 'colours.pdf' })).toBeVisible();
    await expect(inbox.messageById(top + 1).locator('.sb-message__author')).toHaveText('AI agent');
    await expect(inbox.messageById(top + 2).locator('.sb-message__author')).toHaveText('Bot');
  });
});
