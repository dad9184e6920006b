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
  // The server compresses in the background after it starts: wait for the copies.
  await expect
    .poll(async () => (await request.get(wasm, { headers: { 'accept-encoding': 'br' } })).headers()['content-encoding'], {
      timeout: 90_000,
      intervals: [1_000],
    })
    .toBe('br');
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
