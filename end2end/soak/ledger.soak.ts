import { test, expect } from '@playwright/test';
import { checkLedger, checkSamples, duplicatesShown, ledgerPasses, median, tokensIn, warmupMinutes, type Entry, type Sample, type Shown, type Stored } from './verdict';

/**
 * The soak's verdict on made-up figures (no browser): runs first (files run in name
 * order), so a broken judgement fails in a second rather than after an hour.
 */

const RUN = 'rt';
const agent = (n: number, conversation = 1): Entry => ({ token: `soak ${RUN} a000${n}`, direction: 'agent', conversation, clientId: `k${n}` });
const customer = (n: number, conversation = 1): Entry => ({ token: `soak ${RUN} c000${n}`, direction: 'customer', conversation });
const stored = (id: number, e: Entry, clientId = e.clientId): Stored => ({ id, text: `${e.token} hello`, clientId });
const shown = (id: number | undefined, e: Entry): Shown => ({ id, text: `Agent${e.token} hello10:00` });

test('a ledger fully stored once and shown once passes', () => {
  const [a, c] = [agent(1), customer(1)];
  const v = checkLedger(RUN, [a, c], new Map([[1, [stored(10, a), stored(11, c)]]]), new Map([[1, [shown(10, a), shown(11, c)]]]));
  expect(ledgerPasses(v, 0)).toBe(true);
  expect(v.entries).toBe(2);
});

test('lost, duplicated, re-keyed, missing, doubly shown and pending messages are each named', () => {
  const [a1, a2, a3, c1, c2, c3] = [agent(1), agent(2), agent(3), customer(1), customer(2), customer(3)];
  const v = checkLedger(
    RUN,
    [a1, a2, a3, c1, c2, c3],
    new Map([[1, [stored(10, a2), stored(11, a2), stored(12, a3, 'other'), stored(13, c2), stored(14, c3)]]]),
    // c2 (id 13) is within the shown window (from 12) but absent; c3 shown twice; a1 pending.
    new Map([[1, [shown(12, a3), shown(14, c3), shown(undefined, c3), shown(undefined, a1)]]]),
  );
  expect(v.lost).toEqual([a1.token, c1.token]);
  expect(v.duplicated).toEqual([a2.token]);
  expect(v.rekeyed).toEqual([a3.token]);
  expect(v.appMissing).toEqual([c2.token]);
  expect(v.appDuplicated).toEqual([c3.token]);
  expect(v.appPending).toEqual([a1.token, c3.token]);
  expect(ledgerPasses(v, 0)).toBe(false);
});

test('messages older than the window the app shows are not expected in it', () => {
  const [c1, c2] = [customer(1), customer(2)];
  const v = checkLedger(RUN, [c1, c2], new Map([[1, [stored(5, c1), stored(9, c2)]]]), new Map([[1, [shown(9, c2)]]]));
  expect(v.appMissing).toEqual([]);
  expect(ledgerPasses(v, 0)).toBe(true);
  expect(ledgerPasses(v, 1)).toBe(false);
});

test('a token is never found inside a longer one', () => {
  expect(tokensIn(`soak ${RUN} a00010 and soak ${RUN} c0002`, RUN)).toEqual([`soak ${RUN} a00010`, `soak ${RUN} c0002`]);
  expect(tokensIn(`soak other a0001`, RUN)).toEqual([]);
  expect(duplicatesShown(RUN, [shown(1, agent(1)), shown(2, agent(2)), shown(3, agent(1))])).toEqual([`soak ${RUN} a0001`]);
});

/** Samples over a 60-minute run: `heap(m)`, `listeners(m)`, `timers(m)` per minute. */
function run(heap: (m: number) => number, listeners: (m: number) => number, timers: (m: number) => number): Sample[] {
  return Array.from({ length: 61 }, (_, m) => ({
    minute: m,
    jsHeap: heap(m),
    wasmMemory: 4_000_000,
    rustHeap: 2_000_000,
    nodes: 1_000,
    listeners: listeners(m),
    documents: 1,
    timers: timers(m),
  }));
}

const verdictOf = (samples: Sample[]) => Object.fromEntries(checkSamples(samples, 60).map((m) => [m.metric, m.pass]));

test('flat figures pass; a warm-up climb is not counted', () => {
  expect(warmupMinutes(60)).toBe(6);
  expect(warmupMinutes(3)).toBe(1.5);
  expect(median([3, 1, 2])).toBe(2);
  expect(median([4, 1, 2, 3])).toBe(2.5);
  // Climbs during the warm-up, then stays within noise.
  const v = verdictOf(run((m) => (m < 6 ? 5e6 + m * 1e6 : 11e6 + (m % 3) * 1e5), () => 200, (m) => 3 + (m % 2)));
  expect(v).toEqual({ jsHeap: true, rustHeap: true, wasmMemory: true, listeners: true, timers: true, nodes: true });
});

test('heap growth of 20 % or more, growing listeners or piling timers fail', () => {
  expect(verdictOf(run((m) => 10e6 * (1 + m / 200), () => 200, () => 3)).jsHeap).toBe(false);
  expect(verdictOf(run(() => 10e6, (m) => 200 + m, () => 3)).listeners).toBe(false);
  expect(verdictOf(run(() => 10e6, () => 200, (m) => (m < 45 ? 3 : 6))).timers).toBe(false);
  // Two more than the baseline is still flat for small counts.
  expect(verdictOf(run(() => 10e6, () => 200, (m) => (m < 45 ? 3 : 5))).timers).toBe(true);
});
