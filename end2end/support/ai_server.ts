import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { request } from '@playwright/test';
import { test as base, expect } from './fixtures';
import { startProviderStub, type ProviderStub } from './provider_stub';

/**
 * `test` for the composer's translation and AI specs: the same fixtures, against a second
 * reference server (the binary `cargo xtask e2e` built, demo data, a fresh data dir) whose
 * providers are the local stub (support/provider_stub.ts) and whose fault switches can be
 * set at run time (`--fault-admin`). The suite's own server has no provider at all: the
 * specs that show a missing provider use that one (plain `support/fixtures`).
 */
export interface AiServer {
  /** Where it serves the app and the API. */
  url: string;
  /** The provider stub it talks to. */
  stub: ProviderStub;
  /** `PUT /api/v1/_faults` (unset switches are off). */
  setFaults(settings: { latency_ms?: number; fail_rate?: number }): Promise<void>;
}

const root = path.resolve(__dirname, '..', '..');

function serverBinary(): string {
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
    if (child.exitCode !== null) throw new Error(`the AI test server exited with ${child.exitCode}`);
    try {
      const r = await fetch(`${url}/api/v1/health`);
      if (r.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url}/api/v1/health did not answer within 60 s`);
}

export const test = base.extend<object, { aiServer: AiServer }>({
  aiServer: [
    async ({}, use) => {
      const stub = await startProviderStub();
      const port = await freePort();
      const data = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-e2e-ai-'));
      const url = `http://127.0.0.1:${port}`;
      // The server's own log, for when a spec fails.
      fs.mkdirSync(path.join(__dirname, '..', 'test-results'), { recursive: true });
      const log = fs.openSync(path.join(__dirname, '..', 'test-results', 'ai-server-stderr.log'), 'w');
      const child = spawn(
        serverBinary(),
        [
          '--listen', `127.0.0.1:${port}`,
          '--data', data,
          '--static', path.join(root, 'dist'),
          '--demo',
          '--fault-admin',
          '--ai-url', `${stub.url}/v1`,
          '--ai-model', 'stub',
          '--translate-url', stub.url,
        ],
        { cwd: root, stdio: ['ignore', 'ignore', log] },
      );
      try {
        await waitHealthy(url, child);
        const anonymous = await request.newContext({ baseURL: url });
        const session = await (await anonymous.post('/api/v1/session/demo')).json();
        await anonymous.dispose();
        const admin = await request.newContext({
          baseURL: url,
          extraHTTPHeaders: { Authorization: `Bearer ${session.token}` },
        });
        const setFaults = async (settings: { latency_ms?: number; fail_rate?: number }) => {
          const r = await admin.put('/api/v1/_faults', { data: settings });
          expect(r.ok(), `PUT /_faults answered ${r.status()}`).toBe(true);
        };
        await use({ url, stub, setFaults });
        await admin.dispose();
      } finally {
        child.kill();
        fs.closeSync(log);
        await stub.close();
        fs.rmSync(data, { recursive: true, force: true });
      }
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  baseURL: async ({ aiServer }, use) => {
    await use(aiServer.url);
  },
});

export { expect };
