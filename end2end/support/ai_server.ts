import { test as base, expect } from './fixtures';
import { startOwnServer } from './own_server';
import { startProviderStub, type ProviderStub } from './provider_stub';

/**
 * `test` for the composer's translation and AI specs: the same fixtures, against a second
 * reference server (`support/own_server.ts`) whose providers are the local stub
 * (support/provider_stub.ts) and whose fault switches can be set at run time
 * (`--fault-admin`). The suite's own server has no provider at all: the
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

export const test = base.extend<object, { aiServer: AiServer }>({
  aiServer: [
    async ({}, use) => {
      const stub = await startProviderStub();
      try {
        const server = await startOwnServer('ai', [
          '--fault-admin',
          '--ai-url', `${stub.url}/v1`,
          '--ai-model', 'stub',
          '--translate-url', stub.url,
        ]);
        try {
          await use({ url: server.url, stub, setFaults: server.setFaults });
        } finally {
          await server.close();
        }
      } finally {
        await stub.close();
      }
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  baseURL: async ({ aiServer }, use) => {
    await use(aiServer.url);
  },
});

export { expect };
