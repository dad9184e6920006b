import { request, type APIRequestContext } from '@playwright/test';

/**
 * The Switchboard REST API, as the tests seed and check it. Shapes follow
 * crates/protocol/src (only the fields the tests read).
 */

export type ConversationId = number;

export interface ContactBrief {
  id: number;
  name: string;
}

export interface ConversationSummary {
  id: ConversationId;
  contact: ContactBrief;
  status: string;
  unread_count: number;
  unanswered?: boolean;
  assignee?: number;
  operators?: number[];
  archived?: boolean;
  contact_blocked?: boolean;
  last_activity_at: string;
  last_message?: { id: number; text: string };
  channel?: string;
  ai_active?: boolean;
  snoozed_until?: string;
  window_closes_at?: string;
  /** The workspace's account the customer wrote to on `channel` (`BusinessAccount`). */
  business_account?: BusinessAccount;
}

/** The workspace's page, bot, number or mailbox on a network, and whether it is connected. */
export interface BusinessAccount {
  name: string;
  address: string;
  connected: boolean;
}

export interface ConversationDetail {
  conversation: ConversationSummary;
  contact: {
    id: number;
    name: string;
    handle?: string;
    email?: string;
    phone?: string;
    messenger_ids?: { channel: string; id: string }[];
    channels?: { channel: string; address: string }[];
  };
}

export interface Message {
  id: number;
  conversation_id: ConversationId;
  client_id?: string;
  author: { kind: string };
  visibility: 'public' | 'internal';
  content: {
    type: string;
    text?: string;
    change?: { kind: string; note?: { category: string; text: string } };
  };
}

/** A message with every field the message-kind specs read (content of any kind). */
export interface FullMessage {
  id: number;
  conversation_id: ConversationId;
  client_id?: string;
  author: { kind: string; id?: number; name?: string };
  visibility: 'public' | 'internal';
  // Each kind has its own fields (crates/protocol/src/model/message.rs `Content`).
  content: { type: string; [field: string]: unknown };
  created_at: string;
  status?: { state: string; reason?: string };
  attachments?: { id: number; name: string; size: number; mime: string; kind: string; url: string }[];
  translation?: { text: string; language: string; content_language: string };
  mentions?: number[];
  /** The message it replies to (`ReplyRef`). */
  reply_to?: { id: number; excerpt: string };
}

/** An uploaded file (`POST /api/v1/uploads`). */
export interface Upload {
  id: number;
  name: string;
  size: number;
  kind: string;
  url: string;
}

interface SignInResponse {
  token: string;
  agent: { id: number; name: string };
}

/** A conversation with the fields a chat-list row shows (crates/protocol model). */
export interface RowSummary extends ConversationSummary {
  channel: string;
  tags: string[];
  snoozed_until?: string;
  last_message?: {
    id: number;
    text: string;
    visibility?: 'public' | 'internal';
    author: { kind: string; id?: number; name?: string };
    status?: { state: 'sent' | 'delivered' | 'read' | 'failed'; reason?: string };
  };
}

/**
 * Whether a conversation's network can take a public reply: not one whose business
 * account is disconnected (a backend that leaves `connected` out counts as connected).
 */
export const onConnectedNetwork = (c: ConversationSummary): boolean => c.business_account?.connected !== false;

/** An agent of the workspace, as `GET /session` lists them. */
export interface AgentBrief {
  id: number;
  name: string;
}

/** Channels with no messaging window: a free-text reply is always accepted there. */
const NO_WINDOW = new Set(['telegram', 'webchat']);

/** Statuses the inbox shows in its default view. */
const ACTIVE = new Set(['open', 'in_progress']);

/** A unique text for one test: never found in the demo data or another test. */
/**
 * Whether an attachment is one of the demo data's pictures with a plain name: specs that
 * check the name as shown and as downloaded take these, not the hostile names other
 * specs upload (`files-hostile.spec.ts`: those are shown marked and saved cleaned).
 */
export const isPlainPicture = (a: { kind: string; name: string }): boolean =>
  a.kind === 'image' && /^[\w .()-]+$/.test(a.name);

export function uniqueText(label: string): string {
  const random = Math.random().toString(36).slice(2, 8);
  return `${label} ${Date.now().toString(36)}-${random}`;
}

/** `text` as a literal inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A signed-in API client (`POST /api/v1/session/demo`, then `Authorization: Bearer`). */
export class Api {
  private constructor(
    private readonly http: APIRequestContext,
    /** The signed-in (demo) agent's id. */
    readonly agentId: number,
  ) {}

  static async signIn(baseURL: string, as?: { email: string; password: string }): Promise<Api> {
    const anonymous = await request.newContext({ baseURL });
    const response = as
      ? await anonymous.post('/api/v1/session', { data: as })
      : await anonymous.post('/api/v1/session/demo');
    if (!response.ok()) {
      throw new Error(`demo sign-in answered ${response.status()}: ${await response.text()}`);
    }
    const session = (await response.json()) as SignInResponse;
    await anonymous.dispose();
    const http = await request.newContext({
      baseURL,
      extraHTTPHeaders: { Authorization: `Bearer ${session.token}` },
    });
    return new Api(http, session.agent.id);
  }

  async dispose(): Promise<void> {
    await this.http.dispose();
  }

  /** `DELETE /api/v1/session`: ends this client's session (its token dies at once). */
  async signOut(): Promise<void> {
    await this.delete('/api/v1/session');
  }

  private async get<T>(path: string): Promise<T> {
    const response = await this.http.get(path);
    if (!response.ok()) {
      throw new Error(`GET ${path} answered ${response.status()}: ${await response.text()}`);
    }
    return (await response.json()) as T;
  }

  private async post<T>(path: string, data?: unknown): Promise<T> {
    const response = await this.http.post(path, { data });
    if (!response.ok()) {
      throw new Error(`POST ${path} answered ${response.status()}: ${await response.text()}`);
    }
    return (await response.json()) as T;
  }

  private async delete(path: string): Promise<void> {
    const response = await this.http.delete(path);
    if (!response.ok()) {
      throw new Error(`DELETE ${path} answered ${response.status()}: ${await response.text()}`);
    }
  }

  /**
   * Every conversation of a list view (`query` as in the app's URL, e.g. `mailbox=team:2`),
   * up to 200, in the view's order.
   */
  async listView(query: string): Promise<ConversationSummary[]> {
    const sep = query ? '&' : '';
    const page = await this.get<{ items: ConversationSummary[] }>(
      `/api/v1/conversations?${query}${sep}limit=200`,
    );
    return page.items;
  }

  /** `GET /conversations/counts` for a view: per tab, and per mailbox by its wire name. */
  async counts(query = ''): Promise<{ all: number; mailboxes: Record<string, number> }> {
    return this.get(`/api/v1/conversations/counts${query ? `?${query}` : ''}`);
  }

  /** The teams of the workspace, from the session. */
  async teams(): Promise<{ id: number; name: string }[]> {
    const session = await this.get<{ teams: { id: number; name: string }[] }>('/api/v1/session');
    return session.teams;
  }

  /** The custom views I made or that are shared with me. */
  async views(): Promise<{ id: number; name: string; owner: number; shared: boolean; filter: Record<string, unknown> }[]> {
    return this.get('/api/v1/views');
  }

  /** Saves a custom view (`filter` in the wire form, e.g. `{ channels: ['viber'] }`). */
  async createView(name: string, filter: Record<string, unknown>, shared = false): Promise<{ id: number; name: string }> {
    return this.post('/api/v1/views', { name, shared, filter });
  }

  /** Deletes one of my views. */
  async deleteView(id: number): Promise<void> {
    await this.delete(`/api/v1/views/${id}`);
  }

  /** The first page of conversations, newest activity first. */
  async conversations(limit = 50): Promise<ConversationSummary[]> {
    const page = await this.get<{ items: ConversationSummary[] }>(
      `/api/v1/conversations?limit=${limit}`,
    );
    return page.items;
  }

  async conversation(id: ConversationId): Promise<ConversationDetail> {
    return this.get<ConversationDetail>(`/api/v1/conversations/${id}`);
  }

  // --- The contact card and CRM links (client panel, issue 6; types in ./contacts.ts). ---

  /** `GET /contacts/{id}`: the contact as the server has it (masked for this agent). */
  async contact(id: number): Promise<import('./contacts').Contact> {
    return this.get(`/api/v1/contacts/${id}`);
  }

  /**
   * `PATCH`, `PUT` or `GET` with a JSON body where a test seeds or restores state (the
   * status and the parsed body, without throwing on a refusal).
   */
  async call(method: 'PATCH' | 'PUT' | 'GET', path: string, data?: unknown): Promise<{ status: number; body: unknown }> {
    const response = await this.http.fetch(path, { method, data });
    const text = await response.text();
    return { status: response.status(), body: text ? JSON.parse(text) : null };
  }

  /** The latest messages of a conversation, oldest first. */
  async messages(id: ConversationId, limit = 200): Promise<Message[]> {
    const page = await this.get<{ items: Message[] }>(
      `/api/v1/conversations/${id}/messages?limit=${limit}`,
    );
    return page.items;
  }

  /** A customer writes `text` in conversation `id` (as a channel would deliver it). */
  async inbound(id: ConversationId, text: string): Promise<Message> {
    return this.post<Message>('/api/v1/inbound', { conversation_id: id, text });
  }

  /** Every conversation of the default view, following the pages to the end. */
  async allConversations(): Promise<ConversationSummary[]> {
    const all: ConversationSummary[] = [];
    let cursor: string | undefined;
    do {
      const query = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const page = await this.get<{ items: ConversationSummary[]; next_cursor?: string }>(
        `/api/v1/conversations?limit=200${query}`,
      );
      all.push(...page.items);
      cursor = page.next_cursor;
    } while (cursor);
    return all;
  }

  /** The latest messages of a conversation with all their fields, oldest first. */
  async fullMessages(id: ConversationId, limit = 200): Promise<FullMessage[]> {
    const page = await this.get<{ items: FullMessage[] }>(
      `/api/v1/conversations/${id}/messages?limit=${limit}`,
    );
    return page.items;
  }

  /**
   * The first message, in any conversation, that `matches` (the demo data's showcase
   * messages are found by what they hold, never by id). Throws when there is none.
   */
  async findMessage(what: string, matches: (m: FullMessage) => boolean): Promise<FullMessage> {
    for (const c of await this.allConversations()) {
      const found = (await this.fullMessages(c.id)).find(matches);
      if (found) return found;
    }
    throw new Error(`the demo data has no message with ${what}`);
  }

  /** Every message, in every conversation, that `matches`. */
  async findMessages(matches: (m: FullMessage) => boolean): Promise<FullMessage[]> {
    const out: FullMessage[] = [];
    for (const c of await this.allConversations()) {
      out.push(...(await this.fullMessages(c.id)).filter(matches));
    }
    return out;
  }

  /** Uploads a file's bytes (`POST /api/v1/uploads?name=`). */
  async upload(name: string, bytes: Buffer): Promise<Upload> {
    const path = `/api/v1/uploads?name=${encodeURIComponent(name)}`;
    const response = await this.http.post(path, {
      data: bytes,
      headers: { 'Content-Type': 'application/octet-stream' },
    });
    if (!response.ok()) {
      throw new Error(`POST ${path} answered ${response.status()}: ${await response.text()}`);
    }
    return (await response.json()) as Upload;
  }

  /** Sends an agent's message or note with the given fields (`SendMessage`). */
  async sendMessage(
    id: ConversationId,
    body: { text: string; visibility?: 'public' | 'internal'; attachments?: number[]; mentions?: number[] },
  ): Promise<FullMessage> {
    return this.post<FullMessage>(`/api/v1/conversations/${id}/messages`, {
      client_id: crypto.randomUUID(),
      visibility: 'public',
      ...body,
    });
  }


  /** The HTTP status of `GET /conversations/{id}` (404 once this agent may not see it). */
  async conversationStatus(id: ConversationId): Promise<number> {
    return (await this.http.get(`/api/v1/conversations/${id}`)).status();
  }

  /**
   * The `index`-th (from the end of the newest-first list: conversations the other specs
   * rarely pick) of the conversations whose contact name is unique and that match `pick`.
   * Conversations on a network whose business account is disconnected are left out (public
   * replies are refused there) unless `anyNetwork` is set, for specs about that state.
   */
  async pickWhere(
    what: string,
    pick: (c: ConversationSummary) => boolean,
    index = 0,
    { anyNetwork = false }: { anyNetwork?: boolean } = {},
  ): Promise<ConversationSummary> {
    const all = await this.conversations(200);
    const nameCount = new Map<string, number>();
    for (const c of all) nameCount.set(c.contact.name, (nameCount.get(c.contact.name) ?? 0) + 1);
    const pool = all
      .filter(
        (c) =>
          nameCount.get(c.contact.name) === 1 &&
          !c.archived &&
          (anyNetwork || onConnectedNetwork(c)) &&
          pick(c),
      )
      .reverse();
    if (pool.length <= index) {
      throw new Error(`the demo data needs at least ${index + 1} ${what} (has ${pool.length})`);
    }
    return pool[index];
  }

  /**
   * Active conversations whose contact name appears only once in the list, so a row can be
   * found by its accessible name, on a network whose business account is connected (the
   * server refuses public replies on a disconnected one, and the list's order changes as
   * specs write, so any index could land there; specs about a disconnected account pick it
   * with `pickWhere`). The `index`-th is returned: each spec takes its own index so specs
   * touch different conversations.
   */
  async pickConversation(index: number): Promise<ConversationSummary> {
    const all = await this.conversations(50);
    const nameCount = new Map<string, number>();
    for (const c of all) nameCount.set(c.contact.name, (nameCount.get(c.contact.name) ?? 0) + 1);
    const unique = all.filter(
      (c) => nameCount.get(c.contact.name) === 1 && onConnectedNetwork(c),
    );
    const active = unique.filter((c) => ACTIVE.has(c.status));
    const pool = active.length > index ? active : unique;
    if (pool.length <= index) {
      throw new Error(
        `the demo data needs at least ${index + 1} conversations with distinct contact names on connected networks (has ${pool.length})`,
      );
    }
    return pool[index];
  }

  /**
   * Like `pickConversation`, among active conversations that take a free-text reply for the
   * next hour: on a channel without a messaging window (a server may know a closed window
   * the list row does not show), not blocked, not handled by the AI agent, and no messaging window closing soon
   * (the demo's windows close as the suite runs; a closed one takes templates only).
   */
  async pickReplyable(index: number): Promise<ConversationSummary> {
    const soon = Date.now() + 3_600_000;
    return this.pickWhere(
      'conversations open to free text',
      (c) =>
        ACTIVE.has(c.status) &&
        NO_WINDOW.has(c.channel ?? '') &&
        !c.contact_blocked &&
        !c.ai_active &&
        (!c.window_closes_at || Date.parse(c.window_closes_at) > soon),
      index,
    );
  }

  /** Every agent of the workspace (`GET /session`). */
  async agents(): Promise<AgentBrief[]> {
    const session = await this.get<{ agents: AgentBrief[] }>('/api/v1/session');
    return session.agents;
  }

  /**
   * Conversations with a contact name found once in the list (so a row can be found by
   * its accessible name) that satisfy `wanted`, with the row fields, on a connected network
   * (a reply is refused on a disconnected one); `skip` passes over the first matches so
   * specs touch different conversations.
   */
  async pickRow(wanted: (c: RowSummary) => boolean, skip = 0): Promise<RowSummary> {
    const all = (await this.conversations(200)) as RowSummary[];
    const nameCount = new Map<string, number>();
    for (const c of all) nameCount.set(c.contact.name, (nameCount.get(c.contact.name) ?? 0) + 1);
    const pool = all.filter(
      (c) =>
        nameCount.get(c.contact.name) === 1 &&
        !c.archived &&
        !c.contact_blocked &&
        onConnectedNetwork(c) &&
        wanted(c),
    );
    if (pool.length <= skip) {
      throw new Error(`the demo data has ${pool.length} conversations of this kind, the spec needs ${skip + 1}`);
    }
    return pool[skip];
  }

  /** `POST /conversations/{id}/actions`: the conversation afterwards. */
  async act(id: ConversationId, action: Record<string, unknown>): Promise<RowSummary> {
    return this.post<RowSummary>(`/api/v1/conversations/${id}/actions`, action);
  }

  /** An agent reply to the customer of conversation `id`, sent as the app sends one. */
  async reply(id: ConversationId, text: string): Promise<Message> {
    return this.post<Message>(`/api/v1/conversations/${id}/messages`, {
      client_id: crypto.randomUUID(),
      text,
      visibility: 'public',
    });
  }

  /**
   * A conversation whose contact the simulated network refuses: one with a failed reply
   * in its history (the demo seeds one).
   */
  async refusingConversation(): Promise<RowSummary> {
    const all = (await this.conversations(200)) as RowSummary[];
    // A reply on a disconnected network is refused before it reaches the network.
    for (const c of all.filter(onConnectedNetwork)) {
      const history = await this.messages(c.id);
      if (history.some((m) => m.author.kind === 'agent' && (m as { status?: { state: string } }).status?.state === 'failed')) {
        return c;
      }
    }
    throw new Error('the demo data has no conversation with a failed reply');
  }

  /** The conversation's row fields, as the server has them now. */
  async row(id: ConversationId): Promise<RowSummary> {
    return (await this.conversation(id)).conversation as RowSummary;
  }

  /** The signed-in agent and the workspace's company name (`GET /session`). */
  async me(): Promise<{ agent: AgentBrief; companyName: string }> {
    const session = await this.get<{ agent: AgentBrief; settings: { company_name?: string } }>(
      '/api/v1/session',
    );
    return { agent: session.agent, companyName: session.settings.company_name ?? '' };
  }

  /** The templates usable on `channel` (`GET /templates?channel=`). */
  async templates(channel: string): Promise<TemplateRecord[]> {
    return this.get(`/api/v1/templates?channel=${encodeURIComponent(channel)}`);
  }
}

/** A template or canned reply (`GET /templates`). */
export interface TemplateRecord {
  id: number;
  name: string;
  text: string;
  approved: boolean;
  params?: string[];
  channels?: string[];
  attachments?: { id: number; name: string }[];
}
