import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';

/**
 * Hostile files (issue 18): an SVG whose script and `onload` call back to a watcher, sent as
 * an XML file and as a "picture", and names that lie (`"><img …>.png`, a right-to-left
 * override). In the app and opened directly in a tab, no script runs; the names show
 * inert, the override as a visible `[U+202E]`, and the saved names are plain.
 */

/** A server on another port counting the requests a script that ran would make. */
async function watcher(): Promise<{ url: string; hits: string[]; close: () => Promise<void> }> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(204, { 'Access-Control-Allow-Origin': '*' });
    res.end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** An SVG whose `onload`, `<script>` and `<img onerror>` each call `to` and retitle the page. */
function hostileSvg(to: string): string {
  const run = (tag: string) => `document.title='ran-${tag}';fetch('${to}/${tag}',{mode:'no-cors'})`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:h="http://www.w3.org/1999/xhtml" width="40" height="40" onload="${run('onload')}">` +
    `<script>${run('script')}</script>` +
    `<foreignObject width="40" height="40"><h:img src="x" onerror="${run('onerror')}"/></foreignObject>` +
    `<rect width="40" height="40" fill="red"/></svg>`
  );
}

/** Opens `url` in a tab of its own: what it became (a download's name, or the page's title). */
async function openDirectly(page: Page, url: string): Promise<{ download?: string; title?: string }> {
  const tab = await page.context().newPage();
  const download = tab.waitForEvent('download', { timeout: 5_000 }).catch(() => undefined);
  const answer = await tab.goto(url).catch(() => null);
  const saved = await download;
  const result = saved
    ? { download: saved.suggestedFilename() }
    : { title: answer ? await tab.title() : undefined };
  await tab.close();
  return result;
}

const RLO_NAME = 'invoice\u202Egpj.zip';
const MARKUP_NAME = `"><img src=x onerror=document.title='ran-name'>.png`;

test('a hostile SVG never runs and lying file names show inert', async ({ api, inbox, page }) => {
  const watch = await watcher();
  try {
    // The payload is live: the same markup as a page of its own calls the watcher.
    const control = await page.context().newPage();
    await control.setContent(hostileSvg(`${watch.url}/control`));
    await expect.poll(() => watch.hits.some((h) => h.startsWith('/control/'))).toBe(true);
    await control.close();
    const svg = hostileSvg(`${watch.url}/upload`);
    const fromUploads = () => watch.hits.filter((h) => h.startsWith('/upload/'));

    const target = await api.pickConversation(18);
    const asXml = await api.upload('drawing.xml', Buffer.from(svg));
    const asPicture = await api.upload(MARKUP_NAME, Buffer.from(svg));
    const rlo = await api.upload(RLO_NAME, Buffer.from('PK not really a zip'));
    expect([asXml.name, asPicture.name, rlo.name]).toEqual(['drawing.xml', MARKUP_NAME, RLO_NAME]);
    const note = await api.sendMessage(target.id, {
      text: `hostile files ${Date.now().toString(36)}`,
      visibility: 'internal',
      attachments: [asXml.id, asPicture.id, rlo.id],
    });
    const entry = await inbox.openMessage(note);
    const attachments = entry.getByRole('list', { name: 'Attachments' });

    // The override is shown, isolated, and not obeyed; the saved name is plain.
    const rloLink = attachments.locator('a.sb-file__name').filter({ hasText: 'invoice' });
    await expect(rloLink.locator('bdi')).toHaveText('invoice[U+202E]gpj.zip');
    await expect(rloLink).toHaveAttribute('download', 'invoicegpj.zip');
    const [saved] = await Promise.all([page.waitForEvent('download'), rloLink.click()]);
    expect(saved.suggestedFilename()).toBe('invoicegpj.zip');

    // Markup in a name is text: the thumbnail is named with it, and no element came of it.
    await expect(attachments.getByRole('button', { name: `Open picture: ${MARKUP_NAME}` })).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    const thumb = attachments.locator('img.sb-thumb__image');
    await expect(thumb).toHaveAttribute('src', asPicture.url);
    // Served as a PNG it is not one: the browser decodes no picture from it.
    await expect.poll(() => thumb.evaluate((i: HTMLImageElement) => i.complete)).toBe(true);
    expect(await thumb.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(0);
    await attachments.getByRole('button', { name: `Open picture: ${MARKUP_NAME}` }).click();
    const lightbox = page.locator('dialog.sb-lightbox[open]');
    await expect(lightbox.getByRole('link', { name: 'Download' })).toHaveAttribute(
      'download',
      `___img src=x onerror=document.title=_ran-name__.png`,
    );
    await lightbox.getByRole('button', { name: 'Close' }).click();

    // The XML link downloads; it never opens as a document.
    const xmlLink = attachments.getByRole('link', { name: 'drawing.xml', exact: true });
    const [xmlSaved] = await Promise.all([page.waitForEvent('download'), xmlLink.click()]);
    expect(xmlSaved.suggestedFilename()).toBe('drawing.xml');

    // Opened directly in a tab (the address an agent could paste), on the server's origin.
    expect(await openDirectly(page, asXml.url)).toEqual({ download: 'drawing.xml' });
    expect(await openDirectly(page, `${asXml.url}&inline=1`)).toEqual({ download: 'drawing.xml' });
    const inlinePicture = await openDirectly(page, `${asPicture.url}&inline=1`);
    expect(inlinePicture.download).toBeUndefined();
    expect(inlinePicture.title ?? '').not.toContain('ran-');
    expect(await page.title()).not.toContain('ran-');
    expect(fromUploads()).toEqual([]);
  } finally {
    await watch.close();
  }
});
