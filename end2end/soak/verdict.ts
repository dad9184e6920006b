/**
 * The soak's judgement, pure so `ledger.soak.ts` can check it on made-up figures: the
 * ledger against the server and the app (0 lost, 0 duplicated, both directions), and the
 * minute samples against their warm-up (heap growth, flat listeners and timers).
 */

/** One message of the ledger: sent by the agent through the composer, or by a customer. */
export interface Entry {
  /** Unique in the run and found in the message's text (`soak <run> a0001`). */
  token: string;
  direction: 'agent' | 'customer';
  conversation: number;
  /** The composer's key of an agent's message (`data-client-id` of its bubble). */
  clientId?: string;
}

/** A message as the server stores it (only what the check reads). */
export interface Stored {
  id: number;
  text: string;
  clientId?: string;
}

/** An article of the app's message log, as the page shows it at the end. */
export interface Shown {
  /** `data-message-id` (absent while a sent message is still pending). */
  id?: number;
  text: string;
}

export interface LedgerVerdict {
  entries: number;
  /** In the ledger, not stored. */
  lost: string[];
  /** Stored more than once. */
  duplicated: string[];
  /** Stored under another key than the bubble showed (a retry must keep its key). */
  rekeyed: string[];
  /** Stored, within the part of the conversation the app shows, but not shown. */
  appMissing: string[];
  /** Shown in more than one article. */
  appDuplicated: string[];
  /** Shown, but never confirmed by the server (still pending at the end). */
  appPending: string[];
}

/** The run's tokens found in `text`. */
export function tokensIn(text: string, run: string): string[] {
  const found = text.match(new RegExp(`soak ${run} [ac]\\d{4,}`, 'g')) ?? [];
  return [...new Set(found)];
}

/**
 * Checks every entry against the stored messages and the app's log of its conversation
 * (both by conversation id). The app shows a window of the latest messages: an entry is
 * expected in the app when its stored id is at least the smallest id the app shows.
 */
export function checkLedger(
  run: string,
  entries: Entry[],
  stored: Map<number, Stored[]>,
  shown: Map<number, Shown[]>,
): LedgerVerdict {
  const v: LedgerVerdict = {
    entries: entries.length,
    lost: [],
    duplicated: [],
    rekeyed: [],
    appMissing: [],
    appDuplicated: [],
    appPending: [],
  };
  for (const e of entries) {
    const copies = (stored.get(e.conversation) ?? []).filter((m) => tokensIn(m.text, run).includes(e.token));
    if (copies.length === 0) v.lost.push(e.token);
    if (copies.length > 1) v.duplicated.push(e.token);
    if (e.clientId && copies.some((m) => m.clientId !== e.clientId)) v.rekeyed.push(e.token);
    const articles = (shown.get(e.conversation) ?? []).filter((a) => tokensIn(a.text, run).includes(e.token));
    if (articles.length > 1) v.appDuplicated.push(e.token);
    if (articles.some((a) => a.id === undefined)) v.appPending.push(e.token);
    const ids = (shown.get(e.conversation) ?? []).flatMap((a) => (a.id === undefined ? [] : [a.id]));
    const oldestShown = ids.length > 0 ? Math.min(...ids) : Infinity;
    if (copies.length > 0 && copies[0].id >= oldestShown && articles.length === 0) v.appMissing.push(e.token);
  }
  return v;
}

/** Tokens shown in more than one article of one log at one moment. */
export function duplicatesShown(run: string, articles: Shown[]): string[] {
  const count = new Map<string, number>();
  for (const a of articles) for (const t of tokensIn(a.text, run)) count.set(t, (count.get(t) ?? 0) + 1);
  return [...count].filter(([, n]) => n > 1).map(([t]) => t);
}

/** One minute's sample of the agent's page. */
export interface Sample {
  /** Minutes since the working phase began. */
  minute: number;
  /** JS heap used after a forced GC (`Runtime.getHeapUsage`), bytes. */
  jsHeap: number;
  /** The app's WebAssembly memory (never shrinks: its high-water mark), bytes; 0: unknown. */
  wasmMemory: number;
  /** Bytes the app's Rust heap holds (allocated, not freed: `heap_in_use`); 0: unknown. */
  rustHeap: number;
  nodes: number;
  listeners: number;
  documents: number;
  /** Pending timeouts + intervals + animation frames (the init script's count). */
  timers: number;
}

export type Metric = 'jsHeap' | 'rustHeap' | 'wasmMemory' | 'listeners' | 'timers' | 'nodes';

export interface MetricVerdict {
  metric: Metric;
  baseline: number;
  end: number;
  /** end / baseline - 1. */
  growth: number;
  pass: boolean;
  rule: string;
}

/** The median (the mean of the two middle values for an even count); NaN for none. */
export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Warm-up: the first 10 % of the run or 5 minutes, whichever is longer, at most half. */
export function warmupMinutes(runMinutes: number): number {
  return Math.min(Math.max(runMinutes * 0.1, 5), runMinutes / 2);
}

/**
 * Baseline: the median of the first 3 samples at or after the warm-up; end: the median of
 * the samples in the last quarter. Heaps (the JS heap, the Rust heap in use, the WebAssembly
 * memory) pass under 20 % growth; listeners, timers and
 * nodes are flat when the end is at most 10 % above the baseline, or at most 2 above it
 * (a count of 3 timers may be 4 at one moment without anything piling up). DOM nodes are
 * reported only.
 */
export function checkSamples(samples: Sample[], runMinutes: number): MetricVerdict[] {
  const after = samples.filter((s) => s.minute >= warmupMinutes(runMinutes)).slice(0, 3);
  const last = samples.filter((s) => s.minute >= runMinutes * 0.75);
  const metrics: Metric[] = ['jsHeap', 'rustHeap', 'wasmMemory', 'listeners', 'timers', 'nodes'];
  return metrics.map((metric) => {
    const baseline = median(after.map((s) => s[metric]));
    const end = median(last.map((s) => s[metric]));
    const growth = end / baseline - 1;
    const heap = metric === 'jsHeap' || metric === 'rustHeap' || metric === 'wasmMemory';
    const measured = Number.isFinite(baseline) && Number.isFinite(end) && baseline > 0;
    // DOM nodes follow what is open (a longer conversation has more): reported, not judged.
    if (metric === 'nodes') return { metric, baseline, end, growth, pass: true, rule: 'reported only' };
    const pass = heap
      ? (metric !== 'jsHeap' && baseline === 0 && end === 0) || (measured && growth < 0.2)
      : measured && end <= Math.max(baseline * 1.1, baseline + 2);
    const rule = heap ? 'growth < 20 %' : 'end <= max(baseline x 1.10, baseline + 2)';
    return { metric, baseline, end, growth, pass, rule };
  });
}

/** Whether the ledger shows nothing lost, nothing duplicated, in the server or the app. */
export function ledgerPasses(v: LedgerVerdict, duplicatesDuringRun: number): boolean {
  return (
    v.lost.length === 0 &&
    v.duplicated.length === 0 &&
    v.rekeyed.length === 0 &&
    v.appMissing.length === 0 &&
    v.appDuplicated.length === 0 &&
    v.appPending.length === 0 &&
    duplicatesDuringRun === 0
  );
}
