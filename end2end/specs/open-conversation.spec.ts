import { test, expect } from '../support/fixtures';
import type { Api, ConversationSummary } from '../support/api';
import type { InboxPage } from '../pages/inbox';
import { conversationUrl } from '../pages/inbox';

/** What the API says the open conversation must show: its newest text and contact name. */
async function expected(api: Api, id: number) {
  const detail = await api.conversation(id);
  const texts = (await api.messages(id))
    .filter((m) => m.content.type === 'text' && m.content.text)
    .map((m) => m.content.text as string);
  if (texts.length === 0) throw new Error(`conversation ${id} has no text message in the demo data`);
  return { newest: texts[texts.length - 1], contactName: detail.contact.name };
}

async function expectOpen(inbox: InboxPage, api: Api, target: ConversationSummary) {
  const { newest, contactName } = await expected(api, target.id);
  await expect(inbox.page).toHaveURL(conversationUrl(target.id));
  await expect(inbox.row(target.contact.name)).toHaveAttribute('aria-selected', 'true');
  await expect(inbox.log).toContainText(newest);
  await expect(inbox.clientDetails).toContainText(contactName);
}

test('clicking a row opens its conversation', async ({ api, inbox }) => {
  const target = await api.pickConversation(1);
  await inbox.goto('/');
  await inbox.open(target.contact.name, target.id);
  await expectOpen(inbox, api, target);
});

test('a conversation link opens it on a cold load', async ({ api, inbox }) => {
  const target = await api.pickConversation(1);
  await inbox.goto(`/conversations/${target.id}`);
  await expectOpen(inbox, api, target);
});
