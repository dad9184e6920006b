import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

/**
 * A host page (a CRM, say) on its own origin, to frame the app and talk to it
 * (`docs/embedding.md`): a folder served as it is, or one inline HTML page.
 *
 * `cargo xtask e2e` picks the origin and starts the suite's server with
 * `--host-origin <it>` (its `frame-ancestors`); a spec still gives the app a `config.json`
 * whose `host_origins` lists it (`serveApp` in `static_origin.ts`, or the server's static
 * folder). By hand: `--host-origin http://127.0.0.1:8092`.
 */
export const hostOrigin = process.env.SWITCHBOARD_HOST_ORIGIN ?? 'http://127.0.0.1:8092';

/** The app the suite runs against (as in `playwright.config.ts`). */
const appUrl = process.env.SWITCHBOARD_URL ?? 'http://127.0.0.1:8080';

/** `examples/crm-host/`: the example CRM page. */
export const crmExampleDir = path.resolve(__dirname, '..', '..', 'examples', 'crm-host');

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** What the host page serves: a folder (`/` is its `index.html`) or one page at `/`. */
export type HostContent = { dir: string } | { html: string };

export interface HostPage {
  /** The page's URL: `hostOrigin` + `/`. */
  url: string;
  close(): Promise<void>;
}

/** Serves `content` at `hostOrigin` until `close()`. */
export async function serveHostPage(content: HostContent): Promise<HostPage> {
  const { hostname, port } = new URL(hostOrigin);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', hostOrigin);
    if ('html' in content) {
      if (url.pathname === '/' || url.pathname === '/index.html') {
        res.writeHead(200, { 'Content-Type': types['.html'] }).end(content.html);
      } else {
        res.writeHead(404).end();
      }
      return;
    }
    const root = path.resolve(content.dir);
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = path.join(root, path.normalize(pathname));
    if (file.startsWith(root) && fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      file = path.join(file, 'index.html');
    }
    if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(port), hostname, () => resolve());
  });
  return {
    url: `${hostOrigin}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * The example CRM (`examples/crm-host/`) at `hostOrigin`, its `url` already naming the
 * app (`?app=`): `app` or the suite's server.
 */
export async function serveCrmExample(app: string = appUrl): Promise<HostPage> {
  const page = await serveHostPage({ dir: crmExampleDir });
  return { ...page, url: `${page.url}?app=${encodeURIComponent(app.replace(/\/+$/, ''))}` };
}
