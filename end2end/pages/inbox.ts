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
    this.watchSocket();
    await this.goto(path);
    await this.untilLive();
  }

  /** Notes when a socket of this page receives the server's `ready` frame. */
  watchSocket(): void {
    this.page.on('websocket', (socket: WebSocket) => {
      socket.on('framereceived', ({ payload }) => {
        if (isFrame(payload, 'ready')) this.socketReady = true;
      });
    });
  }

  /** Waits until the page's socket is live (see `watchSocket`). */
  async untilLive(): Promise<void> {
    await expect
      .poll(() => this.socketReady, {
        message: 'the app opens /api/v1/ws and the server answers its auth frame with ready',
        timeout: 15_000,
      })
      .toBe(true);
  }

  /**
   * The ids of every row of the list, in order. The list is virtualised (only rows in
   * sight are in the DOM) and paged (more load near the end), so this scrolls through it
   * like an agent would, until the last page is in (`aria-setsize` stops being -1).
   */
  async listedIds(): Promise<number[]> {
    await expect(this.list).toBeVisible();
    return this.page.evaluate(async () => {
      const scroller = document.querySelector('nav .sb-list__scroller') as HTMLElement;
      const frames = () =>
        new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
      const byPosition = new Map<number, number>();
      const collect = () => {
        for (const el of Array.from(scroller.querySelectorAll<HTMLElement>('[role=option]'))) {
          byPosition.set(Number(el.getAttribute('aria-posinset')), Number(el.dataset.conversationId));
        }
      };
      const complete = () => {
        const row = scroller.querySelector('[role=option]');
        return !row || row.getAttribute('aria-setsize') !== '-1';
      };
      scroller.scrollTop = 0;
      await frames();
      const deadline = performance.now() + 20_000;
      while (performance.now() < deadline) {
        collect();
        const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
        if (atEnd && complete()) break;
        if (!atEnd) scroller.scrollTop += Math.max(1, Math.floor(scroller.clientHeight / 2));
        await frames();
      }
      collect();
      scroller.scrollTop = 0;
      return [...byPosition.entries()].sort((a, b) => a[0] - b[0]).map(([, id]) => id);
    });
  }

  /** Scrolls the list until the row of conversation `id` is rendered, and returns it. */
  async scrollToRow(id: ConversationId): Promise<Locator> {
    const row = this.list.locator(`[data-conversation-id="${id}"]`);
    await expect
      .poll(
        async () => {
          if ((await row.count()) > 0) return true;
          await this.page.evaluate(() => {
            const scroller = document.querySelector('nav .sb-list__scroller') as HTMLElement;
            scroller.scrollTop += Math.floor(scroller.clientHeight / 2);
          });
          return false;
        },
        { message: `row ${id} appears while scrolling the list`, timeout: 20_000, intervals: [50] },
      )
      .toBe(true);
    await row.scrollIntoViewIfNeeded();
    return row;
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

  /** The mailbox chooser: `combobox` "Mailbox". */
  mailboxMenu(): Locator {
    return this.conversations.getByRole('combobox', { name: 'Mailbox', exact: true });
  }

  /** The chooser's options under a group heading (`optgroup` label), in order. */
  mailboxGroup(title: string): Locator {
    return this.mailboxMenu().locator(`optgroup[label="${title}"] > option`);
  }

  /**
   * Waits until the list holds exactly `want` (as a set): scrolls through the virtualised
   * list until its last page is in (see `listedIds`).
   */
  async expectList(want: { id: number }[]): Promise<void> {
    const ids = want.map((c) => c.id).sort((a, b) => a - b);
    await expect
      .poll(async () => (await this.listedIds()).sort((a, b) => a - b), {
        message: 'the list holds exactly the expected conversations',
      })
      .toEqual(ids);
  }

  /** The log entry (message, note or activity) with server id `id`. */
  messageById(id: number): Locator {
    return this.log.locator(`article[data-message-id="${id}"]`);
  }

  /**
   * Opens a message by its link from a cold load and answers its entry in the
   * log, once shown and scrolled into view. Waits for the log only (not the chat list):
   * the message specs are about the log. `live`: also wait until the socket is live, so
   * events the test causes next reach the page.
   */
  async openMessage(
    message: { id: number; conversation_id: ConversationId },
    options: { live?: boolean } = {},
  ): Promise<Locator> {
    if (options.live) this.watchSocket();
    // The message's own link: the log loads the stretch around it, however old it is.
    await this.page.goto(`/conversations/${message.conversation_id}/messages/${message.id}`);
    const entry = this.messageById(message.id);
    await expect(entry).toBeVisible();
    await entry.scrollIntoViewIfNeeded();
    if (options.live) await this.untilLive();
    return entry;
  }

  /** The conversation header (contact, status and actions). */
  header(): Locator {
    return this.conversation.locator('header.sb-conversation__header');
  }

  /** A button of the conversation header, by its exact accessible name. */
  headerButton(name: string | RegExp): Locator {
    return this.header().getByRole('button', { name, exact: typeof name === 'string' });
  }

  /** An open menu (`role="menu"`) by its name (the name of the button that opened it). */
  menu(name: string | RegExp): Locator {
    return this.page.getByRole('menu', { name, exact: typeof name === 'string' });
  }

  /** Opens the header's menu button `name` and returns the menu. */
  async openMenu(name: string | RegExp): Promise<Locator> {
    await this.headerButton(name).click();
    const menu = this.menu(name);
    await expect(menu).toBeVisible();
    return menu;
  }

  /** A modal dialog by its name. */
  dialog(name: string): Locator {
    return this.page.getByRole('dialog', { name, exact: true });
  }

  /** The banners under the header (a `status` region named "Conversation state"). */
  banners(): Locator {
    return this.conversation.getByRole('status', { name: 'Conversation state', exact: true });
  }

  /** The typing line under the log ("Anna is typing…"). */
  typingLine(): Locator {
    return this.conversation.locator('.sb-typing');
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
