import { test, expect } from '../support/fixtures';
import type { Page } from '@playwright/test';

/** The headline of a 404 the agent would otherwise see (`err-not-found`). */
const NOT_FOUND = /does not exist/;

/** Answers `GET /session` as the server does, with `capabilities` changed by `edit`. */
async function declare(page: Page, edit: (session: Record<string, unknown>) => void): Promise<void> {
  await page.route(
    (url) => url.pathname === '/api/v1/session',
    async (route) => {
      if (route.request().method() !== 'GET') return route.fallback();
      const answer = await route.fetch();
      const session = (await answer.json()) as Record<string, unknown>;
      edit(session);
      await route.fulfill({ response: answer, json: session });
    },
  );
}

/** Counts the requests to `path` (a prefix), answering them 404 as a backend without it. */
async function missing(page: Page, test: (path: string) => boolean): Promise<() => number> {
  let asked = 0;
  await page.route(
    (url) => test(url.pathname),
    (route) => {
      asked += 1;
      return route.fulfill({
        status: 404,
        contentType: 'application/json',
        body: JSON.stringify({ code: 'not_found', message: 'no such route' }),
      });
    },
  );
  return () => asked;
}

test('parts a backend does not declare are hidden and never asked for', async ({ api, inbox, page }) => {
  const target = await api.pickConversation(3);
  await declare(page, (s) => {
    s.capabilities = (s.capabilities as string[]).filter(
      (c) => !['deals', 'custom_fields', 'templates', 'outbound'].includes(c),
    );
  });
  const fields = await missing(page, (p) => p === '/api/v1/custom-fields');
  const deals = await missing(page, (p) => p.endsWith('/deal') || p === '/api/v1/pipelines');

  await inbox.goto(`/conversations/${target.id}`);
  await expect(inbox.clientDetails.getByRole('heading', { name: 'Contact' })).toBeVisible();
  await expect(inbox.clientDetails.getByRole('heading', { name: 'Tasks' })).toBeVisible();
  await expect(inbox.clientDetails.getByRole('heading', { name: 'Deal' })).toHaveCount(0);
  await expect(inbox.composer.getByRole('button', { name: 'Templates' })).toHaveCount(0);
  await expect(inbox.conversations.getByRole('button', { name: 'New message' })).toHaveCount(0);
  expect(fields()).toBe(0);
  expect(deals()).toBe(0);
  await expect(page.getByText(NOT_FOUND)).toHaveCount(0);
});

test('an older backend that declares nothing and lacks an optional endpoint: its feature hides quietly, asked once', async ({
  api,
  inbox,
  page,
}) => {
  const first = await api.pickConversation(4);
  const second = await api.pickConversation(5);
  await declare(page, (s) => {
    delete s.capabilities;
  });
  const fields = await missing(page, (p) => p === '/api/v1/custom-fields');
  // "No deal" as such a backend says it: a 404 for the deal.
  const deal = await missing(page, (p) => p.endsWith('/deal'));

  await inbox.goto(`/conversations/${first.id}`);
  await expect(inbox.clientDetails.getByRole('heading', { name: 'Tasks' })).toBeVisible();
  // The deal section is there, with no error: "no deal" is an answer.
  await expect(inbox.clientDetails.getByRole('heading', { name: 'Deal' })).toBeVisible();
  await expect.poll(fields).toBe(1);
  await inbox.open(second.contact.name, second.id);
  await expect(inbox.clientDetails.getByRole('heading', { name: 'Tasks' })).toBeVisible();
  await expect.poll(deal).toBeGreaterThanOrEqual(2);
  // The definitions are not asked for again, and nothing is said about it.
  expect(fields()).toBe(1);
  await expect(page.getByText(NOT_FOUND)).toHaveCount(0);
});
