import { expect, type Locator, type Page, type WebSocket } from '@playwright/test';
import { escapeRegExp, type ConversationId } from '../support/api';

/**
 * The inbox as a user (and a screen reader) sees it: everything is found by role and
 * accessible name, as UI-CONTRACT.md promises them.
 */
export class InboxPage {
  /** Chat list zone: `nav` "Conversations". */
  readonly conversations: Locator;
  /** Conversation zone: `main` "Conversation". */
  readonly conversation: Locator;
  /** Client panel: `aside` "Client details". */
  readonly clientDetails: Locator;
  /** Composer zone: `form` "Composer". */
  readonly composer: Locator;
  /** `searchbox` "Search conversations". */
  readonly search: Locator;
  /** `listbox` "Conversation list". */
  readonly list: Locator;
  /** Every row of the list (`option`). */
  readonly rows: Locator;
  /** The message log: `log` "Messages". */
  readonly log: Locator;
  /** Every message, note and activity entry in the log. */
  readonly messages: Locator;
  /** The editor: `textbox` "Message". */
  readonly messageBox: Locator;
  /** `button` "Send". */
  readonly sendButton: Locator;
  /** The "Reply" mode switch (a radio button or a tab). */
  readonly replyMode: Locator;
  /** The "Note" mode switch (a radio button or a tab). */
  readonly noteMode: Locator;

  /** Whether a socket of this page has received the server's `ready` frame. */
  private socketReady = false;

  constructor(readonly page: Page) {
    this.conversations = page.getByRole('navigation', { name: 'Conversations', exact: true });
    this.conversation = page.getByRole('main', { name: 'Conversation', exact: true });
    this.clientDetails = page.getByRole('complementary', { name: 'Client details', exact: true });
    this.composer = page.getByRole('form', { name: 'Composer', exact: true });
    this.search = page.getByRole('searchbox', { name: 'Search conversations', exact: true });
    this.list = page.getByRole('listbox', { name: 'Conversation list', exact: true });
    this.rows = this.list.getByRole('option');
    this.log = page.getByRole('log', { name: 'Messages', exact: true });
    this.messages = this.log.locator('article');
    this.messageBox = this.composer.getByRole('textbox', { name: 'Message', exact: true });
    this.sendButton = this.composer.getByRole('button', { name: 'Send', exact: true });
    const mode = (name: string) =>
      this.composer
        .getByRole('radio', { name, exact: true })
        .or(this.composer.getByRole('tab', { name, exact: true }));
    this.replyMode = mode('Reply');
    this.noteMode = mode('Note');
  }

  /** Opens `path` (the app signs itself in in demo mode) and waits for the list. */
  async goto(path = '/'): Promise<void> {
    await this.page.goto(path);
    await expect(this.rows.first()).toBeVisible();
  }

  /**
   * Like `goto`, and also waits until the app's socket is live (the server answered its
   * `auth` frame with `ready`), so an event the test causes next reaches the page.
   */
  async gotoLive(path = '/'): Promise<void> {
    this.page.on('websocket', (socket: WebSocket) => {
      socket.on('framereceived', ({ payload }) => {
        if (isFrame(payload, 'ready')) this.socketReady = true;
      });
    });
    await this.goto(path);
    await expect
      .poll(() => this.socketReady, {
        message: 'the app opens /api/v1/ws and the server answers its auth frame with ready',
        timeout: 15_000,
      })
      .toBe(true);
  }

  /** The row of the conversation with this contact (its name starts with the contact's). */
  row(contactName: string): Locator {
    return this.list.getByRole('option', { name: nameStartsWith(contactName) });
  }

  /** Clicks the row of `contactName` and waits for the URL of conversation `id`. */
  async open(contactName: string, id: ConversationId): Promise<void> {
    await this.row(contactName).click();
    await expect(this.page).toHaveURL(conversationUrl(id));
  }

  /** Messages (articles) whose text contains `text`. */
  message(text: string): Locator {
    return this.messages.filter({ hasText: text });
  }

  /** Types `text` into the composer and sends it with the button or the Enter key. */
  async send(text: string, how: 'button' | 'enter' = 'button'): Promise<void> {
    await this.messageBox.fill(text);
    if (how === 'button') {
      await this.sendButton.click();
    } else {
      await this.messageBox.press('Enter');
    }
  }

  /** The row of conversation `id` (found by its data attribute, whatever its name says). */
  rowOf(id: ConversationId): Locator {
    return this.list.locator(`[role="option"][data-conversation-id="${id}"]`);
  }

  /** A row's context menu: `menu` "Conversation actions". */
  rowMenu(): Locator {
    return this.page.getByRole('menu', { name: 'Conversation actions', exact: true });
  }

  /** An item of the open row menu. */
  rowMenuItem(name: string): Locator {
    return this.rowMenu().getByRole('menuitem', { name, exact: true });
  }

  /** Right-clicks the row of `contactName` and waits for its menu. */
  async openRowMenu(contactName: string): Promise<void> {
    await this.row(contactName).click({ button: 'right' });
    await expect(this.rowMenu()).toBeVisible();
  }

  /** The polite region that says what a row action did. */
  rowAnnouncer(): Locator {
    return this.page.locator('#sb-row-announcer');
  }

  /**
   * Swipes the row of `contactName` sideways with an emulated finger (see `touchDrag`).
   * `share` is the distance as a share of the row's width (negative: to the left). With
   * `hold` the finger stays down until the returned function lifts it.
   */
  async swipeRow(contactName: string, share: number, hold = false): Promise<() => Promise<void>> {
    const box = await this.row(contactName).boundingBox();
    if (!box) throw new Error(`the row of ${contactName} is not on screen`);
    const y = box.y + box.height / 2;
    const x = box.x + box.width / 2;
    return this.touchDrag({ x, y }, { x: x + box.width * share, y }, hold);
  }

  /**
   * Drags a finger from `from` to `to` (viewport px) through DevTools touch events, so
   * Chromium makes the pointer events of type "touch" (and the scrolling) a phone would,
   * honouring `touch-action`. Needs a context with `hasTouch: true`. With `hold` the
   * finger stays down until the returned function lifts it.
   */
  async touchDrag(
    from: { x: number; y: number },
    to: { x: number; y: number },
    hold = false,
  ): Promise<() => Promise<void>> {
    const cdp = await this.page.context().newCDPSession(this.page);
    const point = (x: number, y: number) => [{ x: Math.round(x), y: Math.round(y) }];
    const steps = 8;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from.x, from.y) });
    for (let i = 1; i <= steps; i++) {
      const x = from.x + ((to.x - from.x) * i) / steps;
      const y = from.y + ((to.y - from.y) * i) / steps;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(x, y) });
    }
    const release = async () => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await cdp.detach();
    };
    if (hold) return release;
    await release();
    return async () => {};
  }
}

/**
 * An accessible name that starts with `contactName` (not continued by a letter or digit:
 * "Ann" is not "Anna").
 */
export function nameStartsWith(contactName: string): RegExp {
  return new RegExp(`^\\s*${escapeRegExp(contactName)}(?![\\p{L}\\p{N}])`, 'u');
}

/** The URL of an open conversation (`/conversations/{id}`, maybe with a query). */
export function conversationUrl(id: ConversationId): RegExp {
  return new RegExp(`/conversations/${id}(\\?.*)?$`);
}

/** Whether a socket payload is a server frame of `type`. */
export function isFrame(payload: string | Buffer, type: string): boolean {
  try {
    return JSON.parse(payload.toString()).type === type;
  } catch {
    return false;
  }
}
