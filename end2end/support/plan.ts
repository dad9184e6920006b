import { request, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import type { InboxPage } from '../pages/inbox';
import { test as base, expect } from './fixtures';

/**
 * The client panel's deal, tasks, notes, reminders and calendar events (issue 6): the
 * server's records as the specs read them, a REST context to seed and restore them, and
 * the panel's sections as a user finds them (a `section` named by its heading).
 */

export interface Pipeline {
  id: number;
  name: string;
  stages: string[];
}

export interface Deal {
  conversation_id: number;
  pipeline: number;
  stage: string;
  line: number;
  channel?: string;
  amount_minor: number;
  currency: string;
}

export interface Task {
  id: number;
  contact_id: number;
  conversation_id?: number;
  description: string;
  due_at: string;
  done: boolean;
  author: number;
}

export interface Note {
  id: number;
  contact_id: number;
  author: number;
  author_name: string;
  text: string;
  created_at: string;
}

export interface Reminder {
  id: number;
  conversation_id: number;
  at: string;
  text: string;
  author: number;
}

export interface CalendarEvent {
  id: number;
  conversation_id: number;
  title: string;
  starts_at: string;
  ends_at: string;
  author: number;
}

/** A signed-in REST context of the demo agent, for reading and seeding panel records. */
export class PlanApi {
  private constructor(private readonly http: APIRequestContext) {}

  static async signIn(baseURL: string): Promise<PlanApi> {
    const anonymous = await request.newContext({ baseURL });
    const response = await anonymous.post('/api/v1/session/demo');
    if (!response.ok()) throw new Error(`demo sign-in answered ${response.status()}`);
    const { token } = (await response.json()) as { token: string };
    await anonymous.dispose();
    const http = await request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
    return new PlanApi(http);
  }

  async dispose(): Promise<void> {
    await this.http.dispose();
  }

  /** `method path` with a JSON body: the status and the parsed answer (never throws on a refusal). */
  async call<T>(method: string, path: string, data?: unknown): Promise<{ status: number; body: T }> {
    const response = await this.http.fetch(`/api/v1${path}`, { method, data });
    const text = await response.text();
    return { status: response.status(), body: (text ? JSON.parse(text) : null) as T };
  }

  /** Like `call`, expecting a 2xx answer. */
  async ok<T>(method: string, path: string, data?: unknown): Promise<T> {
    const { status, body } = await this.call<T>(method, path, data);
    if (status < 200 || status > 299) throw new Error(`${method} ${path} answered ${status}: ${JSON.stringify(body)}`);
    return body;
  }

  pipelines(): Promise<Pipeline[]> {
    return this.ok('GET', '/pipelines');
  }

  /** The conversation's deal, or `null` when it has none. */
  async deal(conversation: number): Promise<Deal | null> {
    const { status, body } = await this.call<Deal>('GET', `/conversations/${conversation}/deal`);
    if (status === 404) return null;
    if (status !== 200) throw new Error(`GET deal answered ${status}`);
    return body;
  }

  /** Puts `deal` back as it was (a spec's cleanup). */
  async restoreDeal(deal: Deal): Promise<void> {
    const { conversation_id, ...body } = deal;
    await this.ok('PUT', `/conversations/${conversation_id}/deal`, body);
  }

  tasks(contact: number): Promise<Task[]> {
    return this.ok('GET', `/contacts/${contact}/tasks`);
  }

  addTask(contact: number, description: string, dueAt: Date, conversation?: number): Promise<Task> {
    return this.ok('POST', `/contacts/${contact}/tasks`, {
      description,
      due_at: dueAt.toISOString(),
      conversation_id: conversation,
    });
  }

  notes(contact: number): Promise<Note[]> {
    return this.ok('GET', `/contacts/${contact}/notes`);
  }

  reminders(conversation: number): Promise<Reminder[]> {
    return this.ok('GET', `/conversations/${conversation}/reminders`);
  }

  calendar(conversation: number): Promise<CalendarEvent[]> {
    return this.ok('GET', `/conversations/${conversation}/calendar-events`);
  }
}

/** The panel's section headed `name` ("Deal", "Tasks", "Notes", "Reminders and events"). */
export function section(inbox: InboxPage, name: string): Locator {
  return inbox.clientDetails.getByRole('region', { name, exact: true });
}

/** The `YYYY-MM-DD` and `HH:MM` of a wall time `days` from today at `hh:mm`, in the browser's zone, and its instant. */
export async function localSlot(
  page: Page,
  days: number,
  hh: number,
  mm: number,
): Promise<{ date: string; time: string; iso: string }> {
  return page.evaluate(
    ([d, h, m]) => {
      const t = new Date();
      t.setDate(t.getDate() + d);
      t.setHours(h, m, 0, 0);
      const two = (n: number) => String(n).padStart(2, '0');
      return {
        date: `${t.getFullYear()}-${two(t.getMonth() + 1)}-${two(t.getDate())}`,
        time: `${two(h)}:${two(m)}`,
        iso: t.toISOString(),
      };
    },
    [days, hh, mm] as const,
  );
}

/** Every request the page sends with `method` to a path containing `part`, as they come. */
export function watchRequests(page: Page, method: string, part: string | RegExp): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    const hit = typeof part === 'string' ? path.includes(part) : part.test(path);
    if (r.method() === method && hit) seen.push(path);
  });
  return seen;
}

/** `test` with a `plan` REST context besides the usual fixtures. */
export const test = base.extend<{ plan: PlanApi }>({
  plan: async ({ baseURL }, use) => {
    const plan = await PlanApi.signIn(baseURL ?? 'http://127.0.0.1:8080');
    await use(plan);
    await plan.dispose();
  },
});
export { expect };
