import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { request } from '@playwright/test';
import { test as base, expect } from './fixtures';

/**
 * `test` for the receiving specs: the same fixtures, against a reference server of the
 * spec's own (the binary `cargo xtask e2e` built, demo data, a fresh data dir) run with
 * `--fault-admin`, so its fault switches can be set at run time, and which a spec may stop
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

const root = path.resolve(__dirname, '..', '..');

function serverBinary(): string {
  if (process.env.SWITCHBOARD_SERVER_BIN) return process.env.SWITCHBOARD_SERVER_BIN;
  const target = process.env.CARGO_TARGET_DIR ?? path.join(root, 'target');
  return path.join(target, 'debug', 'switchboard-server');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function waitHealthy(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the fault test server exited with ${child.exitCode}`);
    try {
      const r = await fetch(`${url}/api/v1/health`);
      if (r.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url}/api/v1/health did not answer within 60 s`);
}

async function stopped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill();
  await exited;
}

export const test = base.extend<object, { faultServer: FaultServer }>({
  faultServer: [
    async ({}, use) => {
      const port = await freePort();
      const data = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-e2e-faults-'));
      const url = `http://127.0.0.1:${port}`;
      fs.mkdirSync(path.join(__dirname, '..', 'test-results'), { recursive: true });
      const log = fs.openSync(path.join(__dirname, '..', 'test-results', 'fault-server-stderr.log'), 'a');
      let child: ChildProcess | undefined;
      const start = async (extra: string[] = []) => {
        child = spawn(
          serverBinary(),
          ['--listen', `127.0.0.1:${port}`, '--data', data, '--static', path.join(root, 'dist'), '--demo', '--fault-admin', ...extra],
          { cwd: root, stdio: ['ignore', 'ignore', log] },
        );
        await waitHealthy(url, child);
      };
      const stop = async () => {
        if (child) await stopped(child);
      };
      const setFaults = async (settings: object) => {
        const api = await request.newContext({ baseURL: url });
        const session = await (await api.post('/api/v1/session/demo')).json();
        const r = await api.put('/api/v1/_faults', {
          data: settings,
          headers: { Authorization: `Bearer ${session.token}` },
        });
        expect(r.ok(), `PUT /_faults answered ${r.status()}`).toBe(true);
        await api.dispose();
      };
      try {
        await start();
        await use({ url, setFaults, stop, start });
      } finally {
        await stop();
        fs.closeSync(log);
        fs.rmSync(data, { recursive: true, force: true });
      }
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  baseURL: async ({ faultServer }, use) => {
    await use(faultServer.url);
  },
});

export { expect };
