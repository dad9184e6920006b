import type { BrowserContext } from '@playwright/test';
import type { SoakServer } from './server';

/**
 * The soak's fault catalogue: server switches (`PUT /_faults`), the browser offline, and a
 * reload of the agent's page. Each is switched on, held, then off; the driver picks one at
 * random every few minutes.
 */
export interface Fault {
  name: string;
  /** Switches it on. */
  on(): Promise<void>;
  /** Switches it off (back to no fault at all). */
  off(): Promise<void>;
  /** A reload happens at once: nothing to hold. */
  instant?: boolean;
}

export function catalogue(server: SoakServer, context: BrowserContext, reload: () => Promise<void>): Fault[] {
  const none = () => server.faults({});
  const switched = (name: string, settings: Record<string, number>): Fault => ({
    name,
    on: () => server.faults(settings),
    off: none,
  });
  return [
    switched('drop sockets every 5 s', { drop_ws_every_secs: 5 }),
    switched('fail 20 % of calls (503)', { fail_rate: 0.2 }),
    switched('latency 1500 ms', { latency_ms: 1500 }),
    switched('drop 30 % of send answers after commit', { drop_after_commit_rate: 0.3 }),
    switched('duplicate and reorder 30 % of events', { duplicate_events_rate: 0.3, reorder_events_rate: 0.3 }),
    {
      name: 'browser offline',
      on: () => context.setOffline(true),
      off: () => context.setOffline(false),
    },
    { name: 'reload the page', on: reload, off: async () => {}, instant: true },
  ];
}

/** A small seeded generator (mulberry32), so a run's choices repeat for its seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
