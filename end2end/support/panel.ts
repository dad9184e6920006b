import type { Locator, Page } from '@playwright/test';
import { escapeRegExp } from './api';
import type { InboxPage } from '../pages/inbox';

/**
 * The client panel's parts as a user finds them: sections by their headings (a `section`
 * with a heading is a `region`), a card field by its label.
 */

/** The "Contact" section. */
export function contactSection(inbox: InboxPage): Locator {
  return inbox.clientDetails.getByRole('region', { name: 'Contact', exact: true });
}

/** The "CRM record" section. */
export function crmLinkSection(inbox: InboxPage): Locator {
  return inbox.clientDetails.getByRole('region', { name: 'CRM record', exact: true });
}

/** The card's own fields (not the CRM groups' properties below them). */
export function contactFields(inbox: InboxPage): Locator {
  return contactSection(inbox).locator(':scope > dl.sb-fields');
}

/** The value (`dd`) of the card row labelled exactly `label` inside `scope`. */
export function field(scope: Locator, label: string): Locator {
  return scope
    .locator('.sb-fields__row')
    .filter({ has: scope.page().locator('dt', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) })
    .locator('dd');
}

/** The contact edit form. */
export function contactForm(inbox: InboxPage): Locator {
  return contactSection(inbox).locator('form');
}

/** A date as the card shows it (`Intl`, English: `2 Mar 2026`). */
export async function shownDate(page: Page, iso: string): Promise<string> {
  return page.evaluate(
    (t) => new Date(t).toLocaleString('en', { day: 'numeric', month: 'short', year: 'numeric' }),
    iso,
  );
}
