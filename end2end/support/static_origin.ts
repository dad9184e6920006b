import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

/**
 * The built app (`dist/`) served from a second origin, as a deployment on a static host
 * would serve it: files as they are, `config.json` as given (404 without one), and
 * `index.html` for every other path (the single-page fallback).
 *
 * `cargo xtask e2e` picks the origin and lets the suite's server accept it
 * (`--cors-origin`); by hand, start the server with `--cors-origin http://127.0.0.1:8091`.
 */
export const appOrigin = process.env.SWITCHBOARD_APP_ORIGIN ?? 'http://127.0.0.1:8091';

const dist = path.resolve(__dirname, '..', '..', 'dist');

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

export interface StaticOrigin {
  close(): Promise<void>;
}

/** Serves `dist/` at `appOrigin` with `config` as its `config.json` (`null`: none). */
export async function serveApp(config: string | null): Promise<StaticOrigin> {
  const { hostname, port } = new URL(appOrigin);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', appOrigin);
    if (url.pathname === '/config.json') {
      if (config === null) {
        res.writeHead(404).end();
      } else {
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(config);
      }
      return;
    }
    const file = path.join(dist, path.normalize(url.pathname));
    const found =
      file.startsWith(dist) && fs.existsSync(file) && fs.statSync(file).isFile()
        ? file
        : path.join(dist, 'index.html');
    res.writeHead(200, { 'Content-Type': types[path.extname(found)] ?? 'application/octet-stream' });
    fs.createReadStream(found).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(port), hostname, () => resolve());
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
