//! Keyboard shortcuts and the command palette (issue 16).
//!
//! Which key does what is `switchboard_core::keymap` (and the palette's matching
//! `switchboard_core::palette`); this module reads key events, keeps each agent's remaps
//! on their own shelf, and runs the actions the way the zones' own controls do: what the
//! app has at hand here (the list's rows, the composer, the panel) directly, what a zone
//! owns (the header's Close, Snooze and Assign, the log's Jump to latest) through the
//! handlers it registers (`common::shortcuts`).
//!
//! [`KeyboardCtx::provide`] installs the one keydown listener: it must run before the
//! zones are built, so that the search box's own listener (Ctrl+K) hears the key after
//! this one and leaves a palette's Ctrl+Shift+K alone.

mod labels;
mod listen;
mod palette;
mod palette_entries;
mod palette_option;
mod shortcut_row;
mod shortcuts_dialog;
mod stored;

use crate::app::use_route;
use crate::components::common::announce::announce;
use crate::components::common::shortcuts::Shortcuts;
use crate::components::{use_panel_layout, ComposerCtx, PanelLayout};
use crate::hooks::{use_go, Go};
use crate::i18n::{use_i18n, I18n, Msg};
use crate::list_query::{use_list_query, ListQuery};
use crate::store::{use_store, Store};
use leptos::prelude::*;
use palette::CommandPalette;
use shortcuts_dialog::ShortcutsDialog;
use switchboard_core::keymap::{neighbour, next_where, Action, Keymap};
use switchboard_core::Route;
use switchboard_protocol::{ConversationId, Visibility};

/// The shortcuts in force, the two dialogs, and what the actions act on (`Copy`).
#[derive(Clone, Copy)]
pub struct KeyboardCtx {
    /// The signed-in agent's shortcuts.
    pub keymap: RwSignal<Keymap>,
    /// The `Keyboard shortcuts` dialog is open.
    pub help_open: RwSignal<bool>,
    /// The `Command palette` is open.
    pub palette_open: RwSignal<bool>,
    state: Store,
    list: ListQuery,
    route: Memo<Route>,
    composer: ComposerCtx,
    layout: PanelLayout,
    shortcuts: Shortcuts,
    go: StoredValue<Go, LocalStorage>,
    i18n: I18n,
}

impl KeyboardCtx {
    /// Creates the handle, loads the agent's shortcuts, installs the listener and puts it
    /// in context. Call it in the zones' shell before the zones are built.
    pub fn provide() -> KeyboardCtx {
        let kb = KeyboardCtx {
            keymap: RwSignal::new(Keymap::default()),
            help_open: RwSignal::new(false),
            palette_open: RwSignal::new(false),
            state: use_store(),
            list: use_list_query(),
            route: use_route(),
            composer: expect_context::<ComposerCtx>(),
            layout: use_panel_layout(),
            shortcuts: Shortcuts::provide(),
            go: StoredValue::new_local(use_go()),
            i18n: use_i18n(),
        };
        provide_context(kb);
        stored::load(kb);
        listen::install(kb);
        kb
    }

    /// Does `action`; false when there is nothing to do it on (no conversation open, the
    /// list's end), so the key keeps its usual meaning.
    pub fn run(self, action: Action) -> bool {
        match action {
            Action::ShowShortcuts => {
                self.palette_open.set(false);
                self.help_open.set(true);
                true
            }
            Action::CommandPalette => {
                self.help_open.set(false);
                self.palette_open.set(true);
                true
            }
            Action::NextConversation | Action::PreviousConversation => {
                let forward = action == Action::NextConversation;
                self.step(|ids, current| neighbour(ids, current, forward))
            }
            Action::NextUnread => {
                let state = self.state;
                let unread = move |id: ConversationId| {
                    state.inbox().with_untracked(|i| {
                        i.conversations.get(id).is_some_and(|c| c.unread_count > 0)
                    })
                };
                if !self.step(|ids, current| next_where(ids, current, unread)) {
                    announce(self.locale().t(Msg::KbNoUnread));
                }
                true
            }
            Action::TogglePanel => {
                self.layout.toggle();
                true
            }
            Action::ReplyMode | Action::NoteMode | Action::FocusComposer => {
                if self.composer.open.get_untracked().is_none() {
                    return false;
                }
                match action {
                    Action::ReplyMode => self.composer.mode.set(Visibility::Public),
                    Action::NoteMode => self.composer.mode.set(Visibility::Internal),
                    _ => {}
                }
                self.composer.focus();
                true
            }
            Action::Send => {
                self.composer.send(self.locale());
                true
            }
            Action::JumpToLatest
            | Action::Close
            | Action::Snooze
            | Action::AssignToMe
            | Action::AssignMenu => self.shortcuts.run(action),
        }
    }

    /// Whether `action` has something to act on now (reactive for the composer).
    pub fn available(self, action: Action) -> bool {
        match action {
            Action::ShowShortcuts
            | Action::CommandPalette
            | Action::NextConversation
            | Action::PreviousConversation
            | Action::NextUnread
            | Action::TogglePanel => true,
            Action::ReplyMode | Action::NoteMode | Action::FocusComposer | Action::Send => {
                self.composer.open.get().is_some()
            }
            Action::JumpToLatest
            | Action::Close
            | Action::Snooze
            | Action::AssignToMe
            | Action::AssignMenu => {
                self.route.get().conversation().is_some() && self.shortcuts.has(action)
            }
        }
    }

    /// The locale now, without tracking (the actions run from event handlers).
    fn locale(self) -> crate::i18n::Locale {
        untrack(|| self.i18n.locale())
    }

    /// Opens the conversation `pick` chooses among the list's rows.
    fn step(
        self,
        pick: impl FnOnce(&[ConversationId], Option<ConversationId>) -> Option<ConversationId>,
    ) -> bool {
        let q = self.list.query.get_untracked();
        let ids = self.state.inbox().with_untracked(|i| i.rows_for(&q));
        match pick(&ids, self.route.get_untracked().conversation()) {
            Some(id) => {
                self.go.with_value(|go| go(&Route::Conversation(id).path()));
                true
            }
            None => false,
        }
    }
}

/// The keyboard handle from context.
pub fn use_keyboard() -> KeyboardCtx {
    expect_context::<KeyboardCtx>()
}

/// The `Keyboard shortcuts` dialog and the `Command palette`.
#[component]
pub fn Keyboard() -> impl IntoView {
    view! {
        <ShortcutsDialog />
        <CommandPalette />
    }
}
