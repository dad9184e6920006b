import { expect } from '@playwright/test';
import type { Api, ConversationSummary } from './api';

/**
 * The contact card's wire shapes (crates/protocol/src/model/contact.rs, contact.rs) and
 * helpers that find demo contacts of a given kind, seed and restore them through the REST
 * API. The demo data is read, never assumed: a spec says what kind of contact it needs.
 */

export type FieldValue =
  | { type: 'text' | 'number' | 'list' | 'link'; value: string }
  | { type: 'date'; value: string }
  | { type: 'checkbox'; value: boolean };

export interface CustomFieldDef {
  id: number;
  name: string;
  kind: { type: string; options?: string[] };
}

export interface CrmProperty {
  key: string;
  label: string;
  value: string;
  original: string;
  editable: boolean;
}

export interface CrmGroup {
  system: string;
  record_url?: string;
  properties: CrmProperty[];
}

export interface Contact {
  id: number;
  name: string;
  phone?: string;
  email?: string;
  handle?: string;
  country?: string;
  language?: string;
  source?: string;
  tags: string[];
  created_at: string;
  phone_masked?: boolean;
  platform?: string;
  campaign?: string;
  ad_set?: string;
  ad?: string;
  messenger_ids?: { channel: string; id: string }[];
  external_id?: string;
  sales_total_minor?: number;
  sales_currency?: string;
  sales_count?: number;
  responsible?: number;
  custom?: { field: number; value: FieldValue }[];
  crm?: CrmGroup[];
  channels?: { channel: string; address: string }[];
}

export interface CrmLink {
  kind: 'lead' | 'client' | 'order';
  id: string;
  title: string;
}

/** A conversation of the default list and its contact's full card. */
export interface WithContact {
  row: ConversationSummary & { crm_link?: CrmLink };
  contact: Contact;
}

/**
 * The `skip`-th conversation (its contact name unique in the list, so the row can be
 * found by name; not blocked) whose contact satisfies `wanted`.
 */
export async function pickContact(
  api: Api,
  what: string,
  wanted: (c: Contact, row: ConversationSummary & { crm_link?: CrmLink }) => boolean,
  skip = 0,
): Promise<WithContact> {
  const rows = (await api.conversations(200)) as (ConversationSummary & { crm_link?: CrmLink })[];
  const names = new Map<string, number>();
  for (const r of rows) names.set(r.contact.name, (names.get(r.contact.name) ?? 0) + 1);
  let seen = 0;
  // Oldest first: the specs that write to the newest conversations pick from the top.
  for (const row of rows.reverse()) {
    if (names.get(row.contact.name) !== 1 || row.archived || row.contact_blocked) continue;
    const contact = await api.contact(row.contact.id);
    if (!wanted(contact, row)) continue;
    if (seen++ === skip) return { row, contact };
  }
  throw new Error(`the demo data has ${seen} conversations with ${what}; the spec needs ${skip + 1}`);
}

/** The workspace's custom field definitions. */
export async function customFields(api: Api): Promise<CustomFieldDef[]> {
  return (await api.call('GET', '/api/v1/custom-fields')).body as CustomFieldDef[];
}

/** `PATCH /contacts/{id}`; throws unless the server accepted it. */
export async function patchContact(api: Api, id: number, patch: Record<string, unknown>): Promise<Contact> {
  const { status, body } = await api.call('PATCH', `/api/v1/contacts/${id}`, patch);
  expect(status, JSON.stringify(body)).toBe(200);
  return body as Contact;
}

/** Puts the editable parts of `before` back (for the next spec and the next run). */
export async function restoreContact(api: Api, before: Contact, defs: CustomFieldDef[]): Promise<void> {
  const has = new Set((before.custom ?? []).map((v) => v.field));
  await patchContact(api, before.id, {
    name: before.name,
    email: before.email ?? '',
    country: before.country ?? '',
    tags: before.tags,
    responsible: before.responsible ?? 0,
    custom: before.custom ?? [],
    clear_custom: defs.filter((d) => !has.has(d.id)).map((d) => d.id),
  });
}

/** The custom value of field `id`, if set. */
export function customValue(c: Contact, id: number): FieldValue | undefined {
  return c.custom?.find((v) => v.field === id)?.value;
}

/** `PUT /contacts/{id}/crm/{system}/{key}` (no value: restore the original). */
export async function setCrmProperty(
  api: Api,
  id: number,
  system: string,
  key: string,
  value?: string,
): Promise<Contact> {
  const path = `/api/v1/contacts/${id}/crm/${encodeURIComponent(system)}/${encodeURIComponent(key)}`;
  const { status, body } = await api.call('PUT', path, value === undefined ? {} : { value });
  expect(status, JSON.stringify(body)).toBe(200);
  return body as Contact;
}

/** The host CRM's URL templates (`Settings.crm_url_templates`). */
export async function crmTemplates(api: Api): Promise<Record<string, string>> {
  const session = (await api.call('GET', '/api/v1/session')).body as {
    settings: { crm_url_templates?: Record<string, string> };
  };
  return session.settings.crm_url_templates ?? {};
}
