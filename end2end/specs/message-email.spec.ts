import { test, expect } from '../support/fixtures';

test.describe('message kinds', () => {
  test('email: subject, addresses, its HTML in a sandboxed frame whose script never runs', async ({
    api,
    inbox,
    page,
  }) => {
    const mail = await api.findMessage('an HTML email with a script', (m) => {
      const html = m.content.html;
      return m.content.type === 'email' && typeof html === 'string' && html.includes('<script');
    });
    const content = mail.content as unknown as {
      subject: string;
      from: string;
      to: string[];
      cc: string[];
      text: string;
      html: string;
    };
    // The showcase's script and onerror handler call alert(): if either ran, a dialog would
    // open, or (in a frame without allow-modals) Chromium would log that it ignored one.
    const dialogs: string[] = [];
    const consoleAlerts: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    page.on('console', (m) => {
      if (/call to 'alert\(\)'/i.test(m.text())) consoleAlerts.push(m.text());
    });

    const entry = await inbox.openMessage(mail);
    await expect(entry.getByRole('heading', { name: content.subject })).toBeVisible();
    await expect(entry).toContainText(content.from);
    for (const address of [...content.to, ...content.cc]) await expect(entry).toContainText(address);

    const frame = entry.locator('iframe');
    await expect(frame).toHaveAttribute('sandbox', '');
    await expect(frame).toHaveAttribute('title', 'Email content');
    // The HTML went to the frame as it came, script included: the sandbox neutralises it.
    expect(await frame.getAttribute('srcdoc')).toContain(content.html);
    const body = page.frameLocator(`article[data-message-id="${mail.id}"] iframe`).locator('body');
    await expect(body).toContainText('invoice');
    // The page's own document never holds the email's markup.
    await expect(page.locator('script:has-text("alert(")')).toHaveCount(0);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);

    // The frame's load event follows its image error and any script: past it, an alert
    // would have been reported (dialog or console) before this page answers again.
    const inner = await (await frame.elementHandle())!.contentFrame();
    await inner!.waitForLoadState('load');
    await page.evaluate(() => document.title);
    expect(dialogs).toEqual([]);
    expect(consoleAlerts).toEqual([]);

    // The plain text is a click away, and back.
    await entry.getByRole('button', { name: 'Show plain text' }).click();
    await expect(frame).toHaveCount(0);
    await expect(entry).toContainText(content.text);
    await entry.getByRole('button', { name: 'Show formatted' }).click();
    await expect(entry.locator('iframe')).toHaveAttribute('sandbox', '');
  });

  test('email: the quoted thread is folded behind a toggle', async ({ api, inbox }) => {
    const reply = await api.findMessage('an email with a quoted thread', (m) =>
      m.content.type === 'email' && typeof m.content.quoted === 'string',
    );
    const quoted = (reply.content.quoted as string).replace(/^>\s*/, '');
    const entry = await inbox.openMessage(reply);
    const toggle = entry.getByRole('button', { name: 'Show quoted text' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(entry.getByText(quoted)).toBeHidden();
    await toggle.click();
    await expect(entry.getByRole('button', { name: 'Hide quoted text' })).toHaveAttribute('aria-expanded', 'true');
    await expect(entry.getByText(quoted)).toBeVisible();
    // Its attachment is listed as a file.
    for (const a of reply.attachments ?? []) {
      await expect(entry.getByRole('link', { name: a.name, exact: true })).toHaveAttribute('href', a.url);
    }
  });
});
