import { test, expect } from '../support/fixtures';

/**
 * The app's WebAssembly bundle reaches the browser compressed: Brotli where the browser
 * accepts it (Chromium does), gzip otherwise, with the exact bytes Trunk built.
 */
test('the bundle is served Brotli- or gzip-compressed, and decodes to the same bytes', async ({ page, request }) => {
  // Wait for the module's response itself: a Resource Timing entry is only written once
  // its body is read, which can be after the page's load event.
  const loaded = page.waitForResponse((r) => new URL(r.url()).pathname.endsWith('.wasm'));
  await page.goto('/');
  const wasm = (await loaded).url();
  expect(new URL(wasm).pathname, 'the page loaded a .wasm file').toMatch(/\.wasm$/);
  // The server compresses in the background after it starts (gzip, then Brotli): wait
  // for each copy.
  const encoding = async (accept: string) =>
    (await request.get(wasm, { headers: { 'accept-encoding': accept } })).headers()['content-encoding'];
  for (const [accept, served] of [
    ['gzip', 'gzip'],
    ['br', 'br'],
  ]) {
    await expect.poll(() => encoding(accept), { timeout: 90_000, intervals: [1_000] }).toBe(served);
  }
  const gz = await request.get(wasm, { headers: { 'accept-encoding': 'gzip' } });
  expect(gz.headers()['content-encoding']).toBe('gzip');
  const plain = await request.get(wasm, { headers: { 'accept-encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  // Playwright decodes the compressed bodies: all three are the same module.
  const [a, b, c] = await Promise.all([
    request.get(wasm, { headers: { 'accept-encoding': 'br' } }).then((r) => r.body()),
    gz.body(),
    plain.body(),
  ]);
  expect(a.equals(c)).toBe(true);
  expect(b.equals(c)).toBe(true);
  expect(c.subarray(0, 4).toString('hex')).toBe('0061736d');
});
