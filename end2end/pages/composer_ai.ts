import { expect, type Locator, type Page } from '@playwright/test';
import type { Api, ConversationSummary, FullMessage } from '../support/api';
import type { InboxPage } from './inbox';

/**
 * The composer's translation and AI parts, found by role and name as a user (and a
 * screen reader) finds them: the tool buttons `Translate`, `AI suggestion`, `Rewrite
 * with AI`, `Summarise`, `Undo`; the busy line with `Cancel`; the translation preview;
 * the suggested reply; the prompts panel.
 */
export class ComposerAi {
  readonly page: Page;
  /** `Translate` (a toggle with `aria-pressed`). */
  readonly translate: Locator;
  /** `AI suggestion`. */
  readonly suggest: Locator;
  /** `Rewrite with AI` (shows the prompts panel). */
  readonly rewrite: Locator;
  /** `Summarise` (note mode). */
  readonly summarise: Locator;
  /** `Undo` (after a tool replaced the text). */
  readonly undo: Locator;
  /** The chooser of the customer's language. */
  readonly language: Locator;
  /** The preview: a region named "The customer will read". */
  readonly preview: Locator;
  /** The suggested reply: a region named "Suggested reply". */
  readonly suggestion: Locator;
  /** The prompts panel: a region named "Rewrite with AI". */
  readonly prompts: Locator;
  /** The busy line: the status that holds a `Cancel` button. */
  readonly busy: Locator;
  /** The line under the editor that says why something failed. */
  readonly problem: Locator;

  constructor(readonly inbox: InboxPage) {
    this.page = inbox.page;
    const c = inbox.composer;
    const button = (name: string) => c.getByRole('button', { name, exact: true });
    this.translate = button('Translate');
    this.suggest = button('AI suggestion');
    this.rewrite = button('Rewrite with AI');
    this.summarise = button('Summarise');
    this.undo = button('Undo');
    this.language = c.getByRole('combobox', { name: "Customer's language", exact: true });
    this.preview = c.getByRole('region', { name: 'The customer will read', exact: true });
    this.suggestion = c.getByRole('region', { name: 'Suggested reply', exact: true });
    this.prompts = c.getByRole('region', { name: 'Rewrite with AI', exact: true });
    this.busy = c.getByRole('status').filter({ has: this.page.getByRole('button', { name: 'Cancel', exact: true }) });
    this.problem = c.locator('#sb-composer-problem');
  }

  /** Opens the prompts panel (if closed) and clicks the prompt `name`. */
  async prompt(name: string): Promise<void> {
    if (!(await this.prompts.isVisible())) await this.rewrite.click();
    await this.prompts.getByRole('button', { name, exact: true }).click();
  }
}

/**
 * A conversation the composer can answer on at once: active, nobody's AI agent on it, on a
 * chat network without a messaging window, its contact's name unique in the list, and
 * `wanted` (given its messages). `index` picks among them, from the end of the list.
 */
export async function pickChat(
  api: Api,
  what: string,
  wanted: (c: ConversationSummary, messages: FullMessage[]) => boolean,
  index = 0,
): Promise<ConversationSummary> {
  const chats = new Set(['telegram', 'webchat', 'facebook', 'instagram']);
  const found: ConversationSummary[] = [];
  const all = await api.conversations(200);
  const names = new Map<string, number>();
  for (const c of all) names.set(c.contact.name, (names.get(c.contact.name) ?? 0) + 1);
  for (const c of all.reverse()) {
    const fits =
      names.get(c.contact.name) === 1 &&
      ['open', 'in_progress'].includes(c.status) &&
      !c.ai_active &&
      !c.archived &&
      !c.contact_blocked &&
      !c.window_closes_at &&
      // A disconnected network takes no replies (the composer keeps them back).
      c.business_account?.connected !== false &&
      chats.has(c.channel ?? '');
    if (fits && wanted(c, await api.fullMessages(c.id))) found.push(c);
    if (found.length > index) return found[index];
  }
  throw new Error(`the demo data needs ${index + 1} chats with ${what} (has ${found.length})`);
}

/** The language the customer's latest translated message was written in. */
export function customerLanguage(messages: FullMessage[]): string | undefined {
  return [...messages].reverse().find((m) => m.author.kind === 'contact' && m.translation)?.translation
    ?.content_language;
}

/** Waits until the server holds an agent message whose `translation.text` is `written`. */
export async function storedTranslated(api: Api, id: number, written: string): Promise<FullMessage> {
  let found: FullMessage | undefined;
  await expect
    .poll(async () => {
      found = (await api.fullMessages(id)).find((m) => m.translation?.text === written);
      return found !== undefined;
    }, { message: 'the server stored the translated reply' })
    .toBe(true);
  return found!;
}
