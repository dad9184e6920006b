import { expect, type Locator, type Page, type Route } from '@playwright/test';
import { escapeRegExp } from '../support/api';
import type { InboxPage } from './inbox';

/** A file as a test makes it: a name, a MIME type and the bytes. */
export interface TestFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A one-pixel PNG (so a thumbnail really loads). */
export const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** A small text file called `name`. */
export function textFile(name: string, text = `contents of ${name}`): TestFile {
  return { name, mimeType: 'text/plain', buffer: Buffer.from(text) };
}

/** A picture called `name`. */
export function pngFile(name: string): TestFile {
  return { name, mimeType: 'image/png', buffer: PIXEL_PNG };
}

/** `POST /api/v1/uploads` (what the composer sends a file's bytes to). */
export const isUpload = (url: URL): boolean => url.pathname === '/api/v1/uploads';

/**
 * The composer's files as an agent sees them: the `Attach files` button, the list named
 * `Attached files` (one chip per file), the `Files not attached` alert, and the voice
 * message group. Found by role and name.
 */
export class ComposerFiles {
  readonly page: Page;
  /** `button` "Attach files". */
  readonly attachButton: Locator;
  /** `list` "Attached files". */
  readonly chips: Locator;
  /** `alert` "Files not attached". */
  readonly refusals: Locator;
  /** `button` "Record voice message". */
  readonly recordButton: Locator;
  /** `group` "Record voice message" (the recording, then its preview). */
  readonly voice: Locator;
  /** The editor, in either mode (`textbox` "Message" or "Note"). */
  readonly editor: Locator;

  constructor(readonly inbox: InboxPage) {
    this.page = inbox.page;
    const c = inbox.composer;
    this.attachButton = c.getByRole('button', { name: 'Attach files', exact: true });
    this.chips = c.getByRole('list', { name: 'Attached files', exact: true });
    this.refusals = c.getByRole('alert', { name: 'Files not attached', exact: true });
    this.recordButton = c.getByRole('button', { name: 'Record voice message', exact: true });
    this.voice = c.getByRole('group', { name: 'Record voice message', exact: true });
    this.editor = c.getByRole('textbox', { name: /^(Message|Note)$/ });
  }

  /** The chip of the file called `name`. */
  chip(name: string): Locator {
    return this.chips.getByRole('listitem').filter({ hasText: new RegExp(`^${escapeRegExp(name)}`) });
  }

  /** The `Remove <name>` button of a stored file's chip. */
  removeButton(name: string): Locator {
    return this.chip(name).getByRole('button', { name: `Remove ${name}`, exact: true });
  }

  /** Chooses `files` in the system picker opened by `Attach files`. */
  async pick(files: TestFile[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.attachButton.click();
    await (await chooser).setFiles(files);
  }

  /** Drags `files` over the composer and drops them on the editor. */
  async drop(files: TestFile[], beforeDrop?: () => Promise<void>): Promise<void> {
    const transfer = await this.page.evaluateHandle(
      (files) => {
        const dt = new DataTransfer();
        for (const f of files) {
          dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.mimeType }));
        }
        return dt;
      },
      files.map((f) => ({ name: f.name, mimeType: f.mimeType, bytes: [...f.buffer] })),
    );
    await this.editor.dispatchEvent('dragenter', { dataTransfer: transfer });
    await this.editor.dispatchEvent('dragover', { dataTransfer: transfer });
    if (beforeDrop) await beforeDrop();
    await this.editor.dispatchEvent('drop', { dataTransfer: transfer });
  }

  /** Pastes `files` (and no text) into the editor, as a screenshot from the clipboard. */
  async paste(files: TestFile[]): Promise<void> {
    await this.editor.evaluate(
      (el, files) => {
        const dt = new DataTransfer();
        for (const f of files) {
          dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.mimeType }));
        }
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
      },
      files.map((f) => ({ name: f.name, mimeType: f.mimeType, bytes: [...f.buffer] })),
    );
  }

  /** Waits until the chip of `name` is stored (it has Remove, no progress bar). */
  async expectStored(name: string): Promise<void> {
    await expect(this.removeButton(name)).toBeVisible();
    await expect(this.chip(name).getByRole('progressbar')).toHaveCount(0);
  }

  /**
   * Holds every upload request until the returned `release` is called (then each goes on
   * to the real server). `held()` says how many are waiting. A request the app aborts
   * meanwhile is simply dropped.
   */
  async holdUploads(): Promise<{ release: () => void; held: () => number }> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let held = 0;
    await this.page.route(isUpload, async (route: Route) => {
      held += 1;
      await released;
      // The app may have cancelled the request meanwhile: nothing to pass on then.
      await route.fallback().catch(() => undefined);
    });
    return { release, held: () => held };
  }
}
