import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { test, expect } from '../support/fixtures';
import type { ConversationSummary } from '../support/api';
import { InboxPage } from '../pages/inbox';
import { catalogue, seeded, type Fault } from './faults';
import { installProbe, sample, shownArticles } from './probe';
import { SoakServer } from './server';
import { checkLedger, checkSamples, duplicatesShown, ledgerPasses, tokensIn, type Entry, type Sample, type Shown, type Stored } from './verdict';

/**
 * The soak (issue 18), run by `cargo xtask soak --minutes N`: one agent page works for N
 * minutes (switches between a few conversations open to free text and replies through the
 * composer) while customers write through the API every 4-7 s, and every few minutes a
 * random fault is on for a while. Every message goes in a ledger; at the end (faults off,
 * everything settled) the ledger is checked against the server and the app, and the
 * minute samples against their warm-up (see `verdict.ts`). Report: `$SWITCHBOARD_SOAK_OUT/report.json`.
 */

const env = process.env;
/**
 * The working phase: `--minutes`, shortened when `SWITCHBOARD_SOAK_END_BY` (a time, e.g.
 * `2026-12-07T14:05Z`) comes first, so that settling and checking (up to 8 minutes)
 * still end by then on a machine whose builds took longer than planned.
 */
const MINUTES = Math.min(
  Number(env.SWITCHBOARD_SOAK_MINUTES ?? '3'),
  env.SWITCHBOARD_SOAK_END_BY ? Math.floor((Date.parse(env.SWITCHBOARD_SOAK_END_BY) - Date.now()) / 60_000) - 8 : Infinity,
);
const FAULT_EVERY_MS = Number(env.SWITCHBOARD_SOAK_FAULT_EVERY_SECS ?? '180') * 1000;
const SEED = Number(env.SWITCHBOARD_SOAK_SEED ?? String(Date.now() % 1_000_000_007));
const OUT = env.SWITCHBOARD_SOAK_OUT ?? path.join('test-results', 'soak');
/** The run's mark in every token (letters and digits only: tokens are matched by a RegExp). */
const RUN = `r${SEED.toString(36)}`;
/** How long a fault stays on. */
const HOLD_MS = Math.min(60_000, FAULT_EVERY_MS / 2);
const CONVERSATIONS = 4;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const token = (kind: 'a' | 'c', n: number) => `soak ${RUN} ${kind}${String(n).padStart(4, '0')}`;

test('soak: nothing lost, nothing duplicated, no leak', async ({ page, context, api, baseURL, browser }) => {
  await installProbe(context);
  const server = await SoakServer.signIn(baseURL ?? 'http://127.0.0.1:8080');
  await server.faults({});
  const convs: ConversationSummary[] = [];
  for (let i = 0; i < CONVERSATIONS; i++) convs.push(await api.pickReplyable(i).catch(() => convs[0]));
  const ids = [...new Set(convs.filter(Boolean).map((c) => c.id))];
  expect(ids.length, 'at least one conversation open to free text').toBeGreaterThan(0);

  const inbox = new InboxPage(page);
  const started = new Date();
  const loadavgAtStart = os.loadavg();
  const events: { minute: number; what: string }[] = [];
  const start = Date.now();
  const minute = () => (Date.now() - start) / 60_000;
  const note = (what: string) => {
    events.push({ minute: Number(minute().toFixed(2)), what });
    console.log(`[soak ${minute().toFixed(1)} min] ${what}`);
  };
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));

  await inbox.gotoLive(`/conversations/${ids[0]}`);
  const cdp = await context.newCDPSession(page);
  const ledger: Entry[] = [];
  const duplicatesDuringRun = new Set<string>();
  const scan = async () => {
    for (const t of duplicatesShown(RUN, await shownArticles(page).catch(() => [] as Shown[]))) {
      if (!duplicatesDuringRun.has(t)) note(`duplicate bubble of ${t}`);
      duplicatesDuringRun.add(t);
    }
  };

  // Customers: one message every 4-7 s to one of the conversations, until told to stop.
  let customersOn = true;
  let customerCount = 0;
  let customerRefused = 0;
  const customerRand = seeded(SEED + 1);
  const customers = (async () => {
    while (customersOn) {
      await sleep(4_000 + customerRand() * 3_000);
      const conversation = ids[Math.floor(customerRand() * ids.length)];
      const t = token('c', ++customerCount);
      if (await server.inbound(conversation, `${t} customer writes`)) {
        ledger.push({ token: t, direction: 'customer', conversation });
      } else customerRefused++;
    }
  })();

  // The agent, and the faults between the agent's steps.
  const rand = seeded(SEED);
  const reload = async () => {
    await page.reload();
    await expect(inbox.rows.first()).toBeVisible({ timeout: 30_000 });
  };
  const faults = catalogue(server, context, reload);
  let current = ids[0];
  let agentCount = 0;
  let agentErrors = 0;
  const samples: Sample[] = [];
  let nextSample = start;
  let nextFault = start + Math.min(60_000, FAULT_EVERY_MS);
  let active: { fault: Fault; until: number } | undefined;
  const end = start + MINUTES * 60_000;

  /** Opens a conversation from the chat list: from its top (rows move up as they get news). */
  const openRow = async (id: number) => {
    await page.evaluate(() => {
      const scroller = document.querySelector<HTMLElement>('nav .sb-list__scroller');
      if (scroller) scroller.scrollTop = 0;
    });
    await (await inbox.scrollToRow(id)).click({ timeout: 10_000 });
    await expect(page).toHaveURL(new RegExp(`/conversations/${id}$`), { timeout: 10_000 });
  };

  const agentStep = async () => {
    if (ids.length > 1 && rand() < 0.2) {
      const next = ids.filter((id) => id !== current)[Math.floor(rand() * (ids.length - 1))];
      await openRow(next);
      current = next;
      return;
    }
    const t = token('a', agentCount + 1);
    await inbox.messageBox.fill(`${t} agent replies`, { timeout: 10_000 });
    await inbox.sendButton.click({ timeout: 10_000 });
    agentCount++;
    const entry: Entry = { token: t, direction: 'agent', conversation: current };
    ledger.push(entry);
    const bubble = inbox.message(t);
    await expect(bubble).toHaveCount(1, { timeout: 10_000 });
    entry.clientId = (await bubble.getAttribute('data-client-id')) ?? undefined;
  };

  while (Date.now() < end) {
    if (Date.now() >= nextSample) {
      const taken = await sample(page, cdp, Number(minute().toFixed(2))).catch((e: Error) => note(`no sample: ${e.message}`));
      if (taken) samples.push(taken);
      nextSample += 60_000;
    }
    if (active && Date.now() >= active.until) {
      await active.fault.off().catch((e: Error) => note(`switching off failed: ${e.message}`));
      note(`off: ${active.fault.name}`);
      active = undefined;
    }
    if (!active && Date.now() >= nextFault) {
      // No reload in the last quarter: the end figures are of a page that lived a while.
      const pool = faults.filter((f) => !(f.instant && minute() >= MINUTES * 0.75));
      const fault = pool[Math.floor(rand() * pool.length)];
      note(`on: ${fault.name}`);
      await fault.on().catch((e: Error) => note(`switching on failed: ${e.message.split('\n')[0]}`));
      if (!fault.instant) active = { fault, until: Date.now() + HOLD_MS };
      nextFault += FAULT_EVERY_MS;
    }
    await agentStep().catch((e: Error) => {
      agentErrors++;
      note(`agent step failed: ${e.message.split('\n')[0]}`);
    });
    await scan();
    await sleep(3_000 + rand() * 4_000);
  }

  // Settle: everything off, customers stopped, every agent message stored (or 3 min).
  customersOn = false;
  await customers;
  if (active) await active.fault.off();
  await server.faults({});
  await context.setOffline(false);
  note('working phase over: faults off, settling');
  const storedAll = async () => {
    const stored = new Map<number, Stored[]>();
    for (const id of ids) stored.set(id, await server.history(id));
    return stored;
  };
  const agentTokens = ledger.filter((e) => e.direction === 'agent').map((e) => e.token);
  await expect
    .poll(
      async () => {
        const found = new Set([...(await storedAll()).values()].flat().flatMap((m) => tokensIn(m.text, RUN)));
        return agentTokens.filter((t) => !found.has(t)).length;
      },
      { message: 'every agent message reaches the server', timeout: 180_000, intervals: [5_000] },
    )
    .toBe(0)
    .catch(() => note('some agent messages never reached the server (see the ledger verdict)'));
  await sleep(30_000);
  samples.push(await sample(page, cdp, MINUTES));

  // What the app shows in each conversation, once its latest stored message is in.
  const stored = await storedAll();
  const shown = new Map<number, Shown[]>();
  let appCheckFailures = 0;
  for (const id of ids) {
    try {
      await openRow(id);
      const latest = stored.get(id)?.at(-1);
      if (latest) await expect(inbox.messageById(latest.id)).toHaveCount(1, { timeout: 30_000 });
      await sleep(2_000);
      shown.set(id, await shownArticles(page));
      await scan();
    } catch (e) {
      appCheckFailures++;
      note(`the app did not show conversation ${id} up to its latest message: ${String(e).split('\n')[0]}`);
    }
  }

  const ledgerVerdict = checkLedger(RUN, ledger, stored, shown);
  const metrics = checkSamples(samples, MINUTES);
  const pass =
    ledgerPasses(ledgerVerdict, duplicatesDuringRun.size) && appCheckFailures === 0 && metrics.every((m) => m.pass);
  const report = {
    command: `cargo xtask soak --minutes ${MINUTES} --fault-every ${FAULT_EVERY_MS / 1000} --seed ${SEED}`,
    pass,
    run: RUN,
    seed: SEED,
    minutes: MINUTES,
    faultEverySecs: FAULT_EVERY_MS / 1000,
    holdSecs: HOLD_MS / 1000,
    startedAt: started.toISOString(),
    endedAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, memGiB: +(os.totalmem() / 2 ** 30).toFixed(1), loadavgAtStart, loadavgAtEnd: os.loadavg(), chromium: browser.version() },
    conversations: ids,
    counts: {
      agentSent: ledger.filter((e) => e.direction === 'agent').length,
      customerSent: ledger.filter((e) => e.direction === 'customer').length,
      customerRefused,
      agentErrors,
      appCheckFailures,
      pageErrors: pageErrors.length,
      faults: events.filter((e) => e.what.startsWith('on: ')).length,
    },
    ledger: ledgerVerdict,
    duplicatesDuringRun: [...duplicatesDuringRun],
    metrics,
    samples,
    events,
    pageErrors: pageErrors.slice(0, 20),
  };
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, 'report.json'), JSON.stringify(report, null, 2));
  const table = summary(report.counts, ledgerVerdict, duplicatesDuringRun.size, metrics, pass);
  fs.writeFileSync(path.join(OUT, 'summary.txt'), `${report.command}\n${table}\n`);
  console.log(table);
  await server.dispose();
  expect(pass, `soak verdict (see ${path.join(OUT, 'report.json')})`).toBe(true);
});

/** The summary table the run prints and keeps in `summary.txt`. */
function summary(
  counts: Record<string, number>,
  v: ReturnType<typeof checkLedger>,
  duringRun: number,
  metrics: ReturnType<typeof checkSamples>,
  pass: boolean,
): string {
  const mib = (b: number) => `${(b / 2 ** 20).toFixed(2)} MiB`;
  const rows = [
    ...Object.entries(counts).map(([k, n]) => `${k.padEnd(28)} ${n}`),
    `${'ledger entries'.padEnd(28)} ${v.entries}`,
    ...(['lost', 'duplicated', 'rekeyed', 'appMissing', 'appDuplicated', 'appPending'] as const).map(
      (k) => `${k.padEnd(28)} ${v[k].length}${v[k].length ? ` (${v[k].slice(0, 5).join(', ')})` : ''}`,
    ),
    `${'duplicate bubbles during run'.padEnd(28)} ${duringRun}`,
    ...metrics.map((m) => {
      const f = ['jsHeap', 'rustHeap', 'wasmMemory'].includes(m.metric) ? mib : (n: number) => String(n);
      const g = Number.isFinite(m.growth) ? `${(m.growth * 100).toFixed(1)} %` : 'n/a';
      return `${m.metric.padEnd(28)} ${f(m.baseline)} -> ${f(m.end)} (${g}; ${m.rule}) ${m.pass ? 'ok' : 'FAIL'}`;
    }),
    `${'verdict'.padEnd(28)} ${pass ? 'PASS' : 'FAIL'}`,
  ];
  return rows.join('\n');
}
