import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the external providers the reference server talks to: an
 * OpenAI-compatible `POST /v1/chat/completions` and a LibreTranslate-compatible
 * `POST /translate` and `POST /detect` (the shapes of crates/server/src/providers).
 *
 * Why a stub: the reference server is real, but a language model and a translation
 * service cannot run on the test machines. The stub answers deterministically so a spec
 * can tell what the customer will read, and it fails on demand (any text containing
 * `PROVIDER_DOWN`) so the server's own "provider failed" answer can be seen.
 *
 * - translate: `[<target>] <text>`;
 * - chat, a prompt: `«<instruction>» <draft>`;
 * - chat, a suggestion: `Stub suggestion <n>` (a new one every call);
 * - chat, a summary: `Stub summary: <the customer's first line>`;
 * - detect: a guess from the script (Ukrainian and Russian letters, French, German and
 *   Spanish accents), else English.
 */
export const PROVIDER_DOWN = 'PROVIDER_DOWN';

export interface ProviderStub {
  /** Base URL, e.g. `http://127.0.0.1:40123`. */
  url: string;
  /** Every call received: path and body. */
  calls: { path: string; body: Record<string, unknown> }[];
  close(): Promise<void>;
}

type Chat = { messages: { role: string; content: string }[] };

function detect(text: string): string {
  if (/[іїєґ]/i.test(text)) return 'uk';
  if (/[а-яё]/i.test(text)) return 'ru';
  if (/[äöüß]/i.test(text)) return 'de';
  if (/[ñ¿¡]/i.test(text)) return 'es';
  if (/[àâçéèêëîïôûùœ]/i.test(text)) return 'fr';
  return 'en';
}

let suggestions = 0;

function chat(body: Chat): string {
  const system = body.messages[0]?.content ?? '';
  const user = body.messages[body.messages.length - 1]?.content ?? '';
  if (system.startsWith('Summarise')) {
    const first = user.split('\n').find((l) => l.startsWith('Customer: '));
    return `Stub summary: ${first ? first.slice('Customer: '.length) : 'nothing said'}`;
  }
  if (system.startsWith('You help')) {
    suggestions += 1;
    return `Stub suggestion ${suggestions}`;
  }
  if (system.startsWith('You edit')) {
    const [instruction, draft] = user.split('\n\nDraft:\n');
    return `«${instruction}» ${draft ?? ''}`;
  }
  if (system.startsWith('Translate')) {
    return `[translated] ${user}`;
  }
  return 'Stub reply';
}

function answer(path: string, body: Record<string, unknown>): [number, unknown] {
  if (JSON.stringify(body).includes(PROVIDER_DOWN)) {
    return [500, { error: 'stub provider is down' }];
  }
  switch (path) {
    case '/v1/chat/completions':
      return [200, { choices: [{ index: 0, message: { role: 'assistant', content: chat(body as Chat) } }] }];
    case '/translate': {
      const q = String(body.q ?? '');
      const source = String(body.source ?? 'auto');
      return [
        200,
        {
          translatedText: `[${String(body.target)}] ${q}`,
          detectedLanguage: { language: source === 'auto' ? detect(q) : source, confidence: 90 },
        },
      ];
    }
    case '/detect':
      return [200, [{ language: detect(String(body.q ?? '')), confidence: 90 }]];
    default:
      return [404, { error: 'no such path' }];
  }
}

/** Starts the stub on a free port of the loopback interface. */
export async function startProviderStub(): Promise<ProviderStub> {
  const calls: ProviderStub['calls'] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      let body: Record<string, unknown> = {};
      try {
        body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      } catch {
        // Answered 404 below like any unknown request.
      }
      const path = req.url ?? '/';
      calls.push({ path, body });
      const [status, json] = answer(path, body);
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
