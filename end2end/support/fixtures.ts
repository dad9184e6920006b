import { test as base, expect } from '@playwright/test';
import { Api } from './api';
import { InboxPage } from '../pages/inbox';

/** `test` with a signed-in `api` and the `inbox` page object. */
export const test = base.extend<{ api: Api; inbox: InboxPage }>({
  api: async ({ baseURL }, use) => {
    const api = await Api.signIn(baseURL ?? 'http://127.0.0.1:8080');
    await use(api);
    await api.dispose();
  },
  inbox: async ({ page }, use) => {
    await use(new InboxPage(page));
  },
});

export { expect };
