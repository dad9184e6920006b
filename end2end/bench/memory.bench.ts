import { test, expect, type Page } from '@playwright/test';
import { Api } from '../support/api';
import { InboxPage } from '../pages/inbox';
import { installProbe } from '../soak/probe';

/**
 * What the app keeps as messages go by (issue 18, the soak's heap rule), read as the Rust
 * heap in use (`heap_in_use`, `src/heap.rs`: bytes allocated and not freed; the WebAssembly
 * memory is only its high-water mark). `ROUNDS` rounds of: customers write `EACH` messages
 * into the open conversation (the agent reading the latest), the agent opens another
 * conversation, then this one again. A page that keeps nothing it need not ends every
 * round holding about the same; a fresh page that opens the same conversation is the
 * floor. Also read: the rows the log renders (bounded: `LogWindow::MAX`) and how far the
 * log is from its end (a log that stopped following a burst is far from it).
 *
 * A measurement, not a test: it asserts only that each number was measured.
 */

const EACH = Number(process.env.EACH ?? 300);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const BATCH = 20;

interface Reading {
  inUse: number;
  memory: number;
  rows: number;
  /** Pixels between the log's visible bottom and its end. */
  gap: number;
}

/** The page's reading, after it has been idle a moment. */
async function read(page: Page): Promise<Reading> {
  await page.waitForTimeout(1_500);
  return page.evaluate(() => {
    const log = document.querySelector<HTMLElement>('[role=log]');
    return {
      // The soak's probe (`soak/probe.ts`): the same readings the soak judges.
      ...((p) => ({ inUse: p.rustHeap(), memory: p.wasmMemory() }))(
        (window as unknown as { __sbSoak: { rustHeap(): number; wasmMemory(): number } }).__sbSoak,
      ),
      rows: document.querySelectorAll('[role=log] article').length,
      gap: log ? log.scrollHeight - log.scrollTop - log.clientHeight : -1,
    };
  });
}

const kib = (n: number) => `${Math.round(n / 1024)} KiB`;
const show = (r: Reading) => `${kib(r.inUse)}, ${r.rows} rows, ${r.gap} px from the end`;

test('memory: what the app keeps as messages go by', async ({ page, browser, baseURL }) => {
  test.setTimeout(900_000);
  const api = await Api.signIn(baseURL ?? 'http://127.0.0.1:8080');
  const [target, other] = await Promise.all([api.pickReplyable(0), api.pickReplyable(1)]);
  const inbox = new InboxPage(page);
  await installProbe(page.context());
  await inbox.goto(`/conversations/${target.id}`);
  await expect(inbox.messages.first()).toBeVisible();
  const before = await read(page);
  // Within the app (a click on the row), not a new page load; the list is searched from
  // its top (rows with news move up).
  const openRow = async (id: number) => {
    await page.evaluate(() => ((document.querySelector('nav .sb-list__scroller') as HTMLElement).scrollTop = 0));
    await (await inbox.scrollToRow(id)).click();
    await expect(page).toHaveURL(new RegExp(`/conversations/${id}$`));
  };

  const label = `bench memory ${Date.now().toString(36)}`;
  const rounds: { open: Reading; away: Reading; back: Reading }[] = [];
  let sent = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < EACH; k += BATCH) {
      const end = Math.min(EACH, k + BATCH);
      for (let j = k; j < end; j++) await api.inbound(target.id, `${label} #${sent + j}`);
      await expect(inbox.message(`${label} #${sent + end - 1}`)).toHaveCount(1);
    }
    sent += EACH;
    const open = await read(page);
    await openRow(other.id);
    await expect(inbox.messages.first()).toBeVisible();
    const away = await read(page);
    await openRow(target.id);
    await expect(inbox.message(`${label} #${sent - 1}`)).toHaveCount(1);
    rounds.push({ open, away, back: await read(page) });
  }

  const fresh = await browser.newPage();
  await installProbe(fresh.context());
  const freshInbox = new InboxPage(fresh);
  await freshInbox.goto(`/conversations/${target.id}`);
  await expect(freshInbox.message(`${label} #${sent - 1}`)).toHaveCount(1);
  const floor = await read(fresh);

  const first = rounds[0].back.inUse;
  const last = rounds[rounds.length - 1].back.inUse;
  const summary = {
    each: EACH,
    rounds,
    before,
    fresh: floor,
    growthAfterFirstRound: last / first - 1,
    overFresh: last - floor.inUse,
  };
  const table: [string, string][] = [
    ['open, before', show(before)],
    ...rounds.flatMap((r, i): [string, string][] => [
      [`round ${i + 1}: after ${EACH} messages, open`, show(r.open)],
      [`round ${i + 1}: another conversation open`, show(r.away)],
      [`round ${i + 1}: this one open again`, show(r.back)],
    ]),
    ['a fresh page opening it', show(floor)],
    [`heap growth, round 1 to round ${ROUNDS} (open again)`, `${(summary.growthAfterFirstRound * 100).toFixed(1)} %`],
    ['last round over the fresh page', kib(summary.overFresh)],
    ['WebAssembly memory, lived / fresh', `${kib(rounds[rounds.length - 1].back.memory)} / ${kib(floor.memory)}`],
  ];
  const width = Math.max(...table.map(([k]) => k.length));
  console.log('\nmemory as messages go by\n' + table.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`).join('\n'));
  console.log(`BENCH_JSON ${JSON.stringify(summary)}`);
  expect(before.inUse).toBeGreaterThan(0);
  expect(floor.inUse).toBeGreaterThan(0);
  await fresh.close();
  await api.dispose();
});
