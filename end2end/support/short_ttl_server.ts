import { startOwnServer } from './own_server';

/**
 * A second reference server (`support/own_server.ts`) whose access tokens live only
 * `accessSecs` seconds, for the specs that watch the app renew its token through the
 * refresh cookie. The suite's own server keeps the default 15 minutes.
 */
export interface ShortTtlServer {
  /** Where it serves the app and the API (`http://127.0.0.1:port`: same site as the suite's). */
  url: string;
  close(): Promise<void>;
}

export async function startShortTtlServer(accessSecs: number): Promise<ShortTtlServer> {
  const { url, close } = await startOwnServer('short-ttl', ['--access-token-secs', String(accessSecs)]);
  return { url, close };
}
