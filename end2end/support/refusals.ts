import type { Page } from '@playwright/test';
import type { ConversationId } from './api';

/**
 * Makes the backend refuse the next message sent to conversation `id` with a 422 and
 * `message`, once; later sends reach the real server. For a rule only a backend knows
 * (the reference server accepts what the app lets through), so the app's handling of a
 * refused send (its reason, Retry, Edit, Delete) can be seen.
 */
export async function refuseNextSend(page: Page, id: ConversationId, message: string): Promise<void> {
  const sendPath = `/api/v1/conversations/${id}/messages`;
  let refused = false;
  await page.route(
    (url) => url.pathname === sendPath,
    async (route) => {
      if (route.request().method() !== 'POST' || refused) return route.fallback();
      refused = true;
      return route.fulfill({
        status: 422,
        contentType: 'application/json',
        body: JSON.stringify({ code: 'invalid', message }),
      });
    },
  );
}
