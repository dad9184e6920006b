import { expect, type Locator } from '@playwright/test';
import type { InboxPage } from './inbox';

/**
 * The composer's writing aids as a user (and a screen reader) finds them: the
 * `Templates` and `Emoji` buttons with their pickers, and the list the editor opens for
 * `/`, `$` and `@` (a `listbox` the editor points at with `aria-activedescendant`).
 */
export class WritingAids {
  /** `button` "Templates". */
  readonly templatesButton: Locator;
  /** `button` "Emoji". */
  readonly emojiButton: Locator;
  /** The editor in note mode: `textbox` "Note". */
  readonly noteBox: Locator;

  constructor(readonly inbox: InboxPage) {
    this.templatesButton = inbox.composer.getByRole('button', { name: 'Templates', exact: true });
    this.emojiButton = inbox.composer.getByRole('button', { name: 'Emoji', exact: true });
    this.noteBox = inbox.composer.getByRole('textbox', { name: 'Note', exact: true });
  }

  /** The list the editor opened: `listbox` "Templates", "Variables" or "Mention". */
  suggestions(name: 'Templates' | 'Variables' | 'Mention'): Locator {
    return this.inbox.composer.getByRole('listbox', { name, exact: true });
  }

  /** A picker a tools button opened: `dialog` "Templates" or "Emoji". */
  picker(name: 'Templates' | 'Emoji'): Locator {
    return this.inbox.composer.getByRole('dialog', { name, exact: true });
  }

  /** A picker's search box (a `combobox`). */
  search(name: 'Search templates' | 'Search emoji'): Locator {
    return this.inbox.composer.getByRole('combobox', { name, exact: true });
  }

  /** Clicks into `box` at the end of its text and types `text` key by key. */
  async type(box: Locator, text: string): Promise<void> {
    await box.click();
    await box.press('End');
    await box.pressSequentially(text);
  }

  /** The id the editor points at (`aria-activedescendant`) is the one of `option`. */
  async expectActive(box: Locator, option: Locator): Promise<void> {
    const id = await option.getAttribute('id');
    expect(id).toBeTruthy();
    await expect(box).toHaveAttribute('aria-activedescendant', id!);
    await expect(option).toHaveAttribute('aria-selected', 'true');
  }
}
