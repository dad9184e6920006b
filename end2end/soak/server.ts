import { request, type APIRequestContext, type APIResponse } from '@playwright/test';
import type { Stored } from './verdict';

/**
 * The soak's own REST client: the customers' inbound messages (retried only on the 503 the
 * fault switch answers before any work, so a retry never stores twice), the fault
 * switches (`PUT /_faults`, needs `--fault-admin`) and the full history of a conversation
 * (every page, for the ledger check).
 */
export class SoakServer {
  private constructor(
    private readonly baseURL: string,
    private http: APIRequestContext,
  ) {}

  static async signIn(baseURL: string): Promise<SoakServer> {
    return new SoakServer(baseURL, await SoakServer.session(baseURL));
  }

  /** A demo sign-in's client. Its access token lives 15 minutes on the reference server. */
  private static async session(baseURL: string): Promise<APIRequestContext> {
    const anonymous = await request.newContext({ baseURL });
    const response = await anonymous.post('/api/v1/session/demo');
    if (!response.ok()) throw new Error(`demo sign-in answered ${response.status()}`);
    const { token } = (await response.json()) as { token: string };
    await anonymous.dispose();
    return request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
  }

  /**
   * Sends a call, signing in again once when the token has expired (a 401 is refused
   * before any work, so sending it again never stores twice). Before this, the soak's
   * fault switches and customers stopped after the first token's 15 minutes.
   */
  private async call(send: (http: APIRequestContext) => Promise<APIResponse>): Promise<APIResponse> {
    const first = await send(this.http);
    if (first.status() !== 401) return first;
    await this.http.dispose();
    this.http = await SoakServer.session(this.baseURL);
    return send(this.http);
  }

  async dispose(): Promise<void> {
    await this.http.dispose();
  }

  /** Sets the fault switches (unset ones off). */
  async faults(settings: Record<string, number>): Promise<void> {
    const r = await this.call((http) => http.put('/api/v1/_faults', { data: settings }));
    if (!r.ok()) throw new Error(`PUT /_faults answered ${r.status()}: ${await r.text()}`);
  }

  /**
   * A customer writes `text`: true once the server answered 2xx; a 503 (refused before any
   * work) is retried up to 20 times; anything else is false (not in the ledger).
   */
  async inbound(conversation: number, text: string): Promise<boolean> {
    for (let attempt = 0; attempt < 20; attempt++) {
      const r = await this.call((http) =>
        http.post('/api/v1/inbound', { data: { conversation_id: conversation, text }, timeout: 30_000 }),
      ).catch(() => undefined);
      if (r?.ok()) return true;
      if (r && r.status() !== 503) return false;
      // No answer at all: it may have been stored; the caller counts it as uncertain.
      if (!r) return false;
      await new Promise((done) => setTimeout(done, 1_000));
    }
    return false;
  }

  /** Every message of a conversation, oldest first (following `before` to the start). */
  async history(conversation: number): Promise<Stored[]> {
    const all: Stored[] = [];
    let before: number | undefined;
    for (;;) {
      const query = `limit=200${before === undefined ? '' : `&before=${before}`}`;
      const r = await this.call((http) => http.get(`/api/v1/conversations/${conversation}/messages?${query}`));
      if (!r.ok()) throw new Error(`GET messages answered ${r.status()}: ${await r.text()}`);
      const page = (await r.json()) as {
        items: { id: number; client_id?: string; content: { text?: string } }[];
        has_more_before?: boolean;
      };
      all.unshift(...page.items.map((m) => ({ id: m.id, text: m.content.text ?? '', clientId: m.client_id })));
      if (!page.has_more_before || page.items.length === 0) return all;
      before = page.items[0].id;
    }
  }
}
