import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import type { Sample, Shown } from './verdict';

/**
 * What the soak measures in the agent's page: pending timers (counted by wrappers an init
 * script puts around the timer functions before the app runs), the app's WebAssembly
 * memory and the bytes its Rust heap holds (`heap_in_use`, `src/heap.rs`; both through
 * the exports Trunk's start event carries), and through the DevTools protocol the JS heap after
 * a forced GC and the DOM counters.
 */

interface Probe {
  timers(): number;
  wasmMemory(): number;
  rustHeap(): number;
}

/** Installs the counters in every page of `context`, before any script of the app. */
export async function installProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as Record<string, unknown> & Window;
    const timeouts = new Set<number>();
    const intervals = new Set<number>();
    const frames = new Set<number>();
    const setT = window.setTimeout.bind(window);
    const clearT = window.clearTimeout.bind(window);
    const setI = window.setInterval.bind(window);
    const clearI = window.clearInterval.bind(window);
    const raf = window.requestAnimationFrame.bind(window);
    const caf = window.cancelAnimationFrame.bind(window);
    type Fn = (...args: unknown[]) => unknown;
    w.setTimeout = ((fn: Fn, ms?: number, ...args: unknown[]) => {
      const id: number = setT((...a: unknown[]) => {
        timeouts.delete(id);
        return fn(...a);
      }, ms, ...args);
      timeouts.add(id);
      return id;
    }) as typeof window.setTimeout;
    w.setInterval = ((fn: Fn, ms?: number, ...args: unknown[]) => {
      const id: number = setI(fn, ms, ...args);
      intervals.add(id);
      return id;
    }) as typeof window.setInterval;
    // Timeouts and intervals share ids: either clear function clears either kind.
    w.clearTimeout = ((id?: number) => {
      if (id !== undefined) (timeouts.delete(id), intervals.delete(id));
      clearT(id);
    }) as typeof window.clearTimeout;
    w.clearInterval = ((id?: number) => {
      if (id !== undefined) (timeouts.delete(id), intervals.delete(id));
      clearI(id);
    }) as typeof window.clearInterval;
    w.requestAnimationFrame = ((cb: FrameRequestCallback) => {
      const id = raf((t) => {
        frames.delete(id);
        cb(t);
      });
      frames.add(id);
      return id;
    }) as typeof window.requestAnimationFrame;
    w.cancelAnimationFrame = ((id: number) => {
      frames.delete(id);
      caf(id);
    }) as typeof window.cancelAnimationFrame;
    type Exports = { memory?: WebAssembly.Memory; heap_in_use?: () => number };
    let wasm: Exports | undefined;
    addEventListener('TrunkApplicationStarted', (e) => {
      wasm = (e as CustomEvent<{ wasm?: Exports }>).detail?.wasm;
    });
    const probe: Probe = {
      timers: () => timeouts.size + intervals.size + frames.size,
      wasmMemory: () => wasm?.memory?.buffer.byteLength ?? 0,
      rustHeap: () => wasm?.heap_in_use?.() ?? 0,
    };
    Object.defineProperty(w, '__sbSoak', { value: probe });
  });
}

/** One sample: two forced GCs, then the heap, the DOM counters and the page's counts. */
export async function sample(page: Page, cdp: CDPSession, minute: number): Promise<Sample> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const own = await page.evaluate(() => {
    const p = (window as unknown as { __sbSoak?: Probe }).__sbSoak;
    return { timers: p?.timers() ?? -1, wasmMemory: p?.wasmMemory() ?? 0, rustHeap: p?.rustHeap() ?? 0 };
  });
  return {
    minute,
    jsHeap: heap.usedSize,
    wasmMemory: own.wasmMemory,
    rustHeap: own.rustHeap,
    nodes: dom.nodes,
    listeners: dom.jsEventListeners,
    documents: dom.documents,
    timers: own.timers,
  };
}

/** Every article of the open conversation's log: its server id (if any) and its text. */
export async function shownArticles(page: Page): Promise<Shown[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('[role=log] article')).map((a) => {
      const id = a.dataset.messageId;
      return { id: id && /^\d+$/.test(id) ? Number(id) : undefined, text: a.textContent ?? '' };
    }),
  );
}
