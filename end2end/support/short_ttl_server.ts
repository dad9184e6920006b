import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * A second reference server (the binary `cargo xtask e2e` built, demo data, a fresh data
 * dir, serving the same `dist/`) whose access tokens live only `accessSecs` seconds, for
 * the specs that watch the app renew its token through the refresh cookie. The suite's
 * own server keeps the default 15 minutes.
 */
export interface ShortTtlServer {
  /** Where it serves the app and the API (`http://127.0.0.1:port`: same site as the suite's). */
  url: string;
  close(): Promise<void>;
}

const root = path.resolve(__dirname, '..', '..');

function serverBinary(): string {
  if (process.env.SWITCHBOARD_SERVER_BIN) return process.env.SWITCHBOARD_SERVER_BIN;
  const target = process.env.CARGO_TARGET_DIR ?? path.join(root, 'target');
  return path.join(target, 'release', 'switchboard-server');
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

export async function startShortTtlServer(accessSecs: number): Promise<ShortTtlServer> {
  const port = await freePort();
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-e2e-ttl-'));
  const url = `http://127.0.0.1:${port}`;
  fs.mkdirSync(path.join(__dirname, '..', 'test-results'), { recursive: true });
  const log = fs.openSync(path.join(__dirname, '..', 'test-results', 'short-ttl-server-stderr.log'), 'w');
  const child = spawn(
    serverBinary(),
    [
      '--listen', `127.0.0.1:${port}`,
      '--data', data,
      '--static', path.join(root, 'dist'),
      '--demo',
      '--access-token-secs', String(accessSecs),
    ],
    { cwd: root, stdio: ['ignore', 'ignore', log] },
  );
  const close = async () => {
    child.kill();
    fs.closeSync(log);
    fs.rmSync(data, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      await close();
      throw new Error(`the short-TTL server exited with ${child.exitCode}`);
    }
    try {
      if ((await fetch(`${url}/api/v1/health`)).ok) return { url, close };
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await close();
      throw new Error(`${url}/api/v1/health did not answer within 60 s`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
