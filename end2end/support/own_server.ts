import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, request } from '@playwright/test';

/**
 * A reference server of a spec's own, beside the suite's: the binary `cargo xtask e2e`
 * built (`SWITCHBOARD_SERVER_BIN`, else `target/debug`), demo data in a fresh data dir,
 * serving the same `dist/`, with the flags the spec needs. The fault, AI and short-token
 * servers are this with their flags; its stderr goes to `test-results/<name>-server-stderr.log`.
 */
export interface OwnServer {
  /** Where it serves the app and the API (`http://127.0.0.1:port`: same site as the suite's). */
  url: string;
  /** Starts the process again on the same address and data, with `extra` flags too. */
  start(extra?: string[]): Promise<void>;
  /** Stops the process (the app sees its socket and calls fail). */
  stop(): Promise<void>;
  /** Stops it for good and removes its data. */
  close(): Promise<void>;
  /** `PUT /api/v1/_faults` as the demo agent (the server must run with `--fault-admin`). */
  setFaults(settings: object): Promise<void>;
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

async function waitHealthy(name: string, url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the ${name} test server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/v1/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url}/api/v1/health (the ${name} test server) did not answer within 60 s`);
}

async function stopped(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill();
  await exited;
}

/** Starts a server named `name` (for its data dir and log) with `flags`, and waits until it answers. */
export async function startOwnServer(name: string, flags: string[]): Promise<OwnServer> {
  const port = await freePort();
  const data = fs.mkdtempSync(path.join(os.tmpdir(), `switchboard-e2e-${name}-`));
  const url = `http://127.0.0.1:${port}`;
  fs.mkdirSync(path.join(__dirname, '..', 'test-results'), { recursive: true });
  const log = fs.openSync(path.join(__dirname, '..', 'test-results', `${name}-server-stderr.log`), 'a');
  let child: ChildProcess | undefined;
  const start = async (extra: string[] = []) => {
    child = spawn(
      serverBinary(),
      ['--listen', `127.0.0.1:${port}`, '--data', data, '--static', path.join(root, 'dist'), '--demo', ...flags, ...extra],
      { cwd: root, stdio: ['ignore', 'ignore', log] },
    );
    await waitHealthy(name, url, child);
  };
  const stop = () => stopped(child);
  const close = async () => {
    await stop();
    fs.closeSync(log);
    fs.rmSync(data, { recursive: true, force: true });
  };
  const setFaults = async (settings: object) => {
    const api = await request.newContext({ baseURL: url });
    const session = await (await api.post('/api/v1/session/demo')).json();
    const r = await api.put('/api/v1/_faults', { data: settings, headers: { Authorization: `Bearer ${session.token}` } });
    expect(r.ok(), `PUT /_faults answered ${r.status()}`).toBe(true);
    await api.dispose();
  };
  try {
    await start();
  } catch (e) {
    await close();
    throw e;
  }
  return { url, start, stop, close, setFaults };
}
