import { test as base, expect } from './fixtures';
import { startOwnServer } from './own_server';

/**
 * `test` for the receiving specs: the same fixtures, against a reference server of the
 * spec's own (`support/own_server.ts`) run with `--fault-admin`, so its fault switches can be set at run time, and which a spec may stop
 * and start again on the same address and data (a server restart, as the app sees one).
 * The suite's own server is never stalled or restarted: other specs share it.
 */
export interface FaultServer {
  /** Where it serves the app and the API. */
  url: string;
  /** `PUT /api/v1/_faults` (unset switches are off). */
  setFaults(settings: { stall_ws?: boolean; drop_ws_every_secs?: number }): Promise<void>;
  /** Stops the process (the app sees its socket and calls fail). */
  stop(): Promise<void>;
  /** Starts it again on the same address and data, with `extra` flags. */
  start(extra?: string[]): Promise<void>;
}

export const test = base.extend<object, { faultServer: FaultServer }>({
  faultServer: [
    async ({}, use) => {
      const server = await startOwnServer('fault', ['--fault-admin']);
      try {
        await use(server);
      } finally {
        await server.close();
      }
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  baseURL: async ({ faultServer }, use) => {
    await use(faultServer.url);
  },
});

export { expect };
