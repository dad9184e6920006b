//! The app's keyboard shortcuts: the actions, their default keys, reading a key press or a
//! written key (`Ctrl+Shift+K`) as one [`Chord`], and each agent's own remaps.
//!
//! Invariants:
//! - A chord names at most one action: [`Keymap::remap`] refuses a chord another action
//!   (or a fixed shortcut, such as the search box's `/`) already has, naming it.
//! - `Ctrl` and `Cmd` are one modifier here ([`Chord::primary`]): every binding works with
//!   either, as the search box's Ctrl+K / Cmd+K does. Both held at once is left to the
//!   system.
//! - A printable character other than a letter is matched as typed (`?` is Shift+/ on one
//!   layout and something else on another), so Shift is not part of such a chord. Letters
//!   are matched by the key they are on (`KeyboardEvent.code`) when the layout types
//!   another script there, so `j` works on a Cyrillic layout too.
//! - Stored remaps that no longer parse, name an unknown action or clash are dropped on
//!   load, never shown half-applied.

mod chord;
#[cfg(test)]
mod tests;

pub use chord::{BadChord, Chord, KeyEvent};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Something a shortcut does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Action {
    /// Opens the `Keyboard shortcuts` dialog.
    ShowShortcuts,
    /// Opens the `Command palette`.
    CommandPalette,
    /// Opens the next conversation of the list.
    NextConversation,
    /// Opens the previous conversation of the list.
    PreviousConversation,
    /// Opens the next conversation with unread messages.
    NextUnread,
    /// Scrolls the log to the latest message.
    JumpToLatest,
    /// Closes the open conversation.
    Close,
    /// Opens the Snooze menu of the open conversation.
    Snooze,
    /// Assigns the open conversation to the agent.
    AssignToMe,
    /// Opens the Assign menu.
    AssignMenu,
    /// Shows or hides the client panel.
    TogglePanel,
    /// The composer in reply mode, focused.
    ReplyMode,
    /// The composer in note mode, focused.
    NoteMode,
    /// Focuses the composer's editor.
    FocusComposer,
    /// Sends the draft (from the composer's editor).
    Send,
}

/// How the shortcuts are grouped in the dialog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// Moving around the app.
    Navigation,
    /// The open conversation.
    Conversation,
    /// The composer.
    Composer,
}

impl Group {
    /// The groups, in the dialog's order.
    pub const ALL: [Group; 3] = [Group::Navigation, Group::Conversation, Group::Composer];
}

impl Action {
    /// Every action, in the dialog's order.
    pub const ALL: [Action; 15] = [
        Action::ShowShortcuts,
        Action::CommandPalette,
        Action::NextConversation,
        Action::PreviousConversation,
        Action::NextUnread,
        Action::JumpToLatest,
        Action::Close,
        Action::Snooze,
        Action::AssignToMe,
        Action::AssignMenu,
        Action::TogglePanel,
        Action::ReplyMode,
        Action::NoteMode,
        Action::FocusComposer,
        Action::Send,
    ];

    /// Its stable name in storage.
    pub fn id(self) -> &'static str {
        match self {
            Action::ShowShortcuts => "show-shortcuts",
            Action::CommandPalette => "command-palette",
            Action::NextConversation => "next-conversation",
            Action::PreviousConversation => "previous-conversation",
            Action::NextUnread => "next-unread",
            Action::JumpToLatest => "jump-to-latest",
            Action::Close => "close",
            Action::Snooze => "snooze",
            Action::AssignToMe => "assign-to-me",
            Action::AssignMenu => "assign-menu",
            Action::TogglePanel => "toggle-panel",
            Action::ReplyMode => "reply-mode",
            Action::NoteMode => "note-mode",
            Action::FocusComposer => "focus-composer",
            Action::Send => "send",
        }
    }

    /// The action stored as `id`.
    pub fn from_id(id: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.id() == id)
    }

    /// Its group in the dialog.
    pub fn group(self) -> Group {
        match self {
            Action::ShowShortcuts
            | Action::CommandPalette
            | Action::NextConversation
            | Action::PreviousConversation
            | Action::NextUnread
            | Action::JumpToLatest => Group::Navigation,
            Action::Close
            | Action::Snooze
            | Action::AssignToMe
            | Action::AssignMenu
            | Action::TogglePanel => Group::Conversation,
            Action::ReplyMode | Action::NoteMode | Action::FocusComposer | Action::Send => {
                Group::Composer
            }
        }
    }

    /// Its keys until the agent changes them.
    pub fn defaults(self) -> Vec<Chord> {
        let keys: &[&str] = match self {
            Action::ShowShortcuts => &["?"],
            Action::CommandPalette => &["Ctrl+Shift+K"],
            Action::NextConversation => &["J", "Alt+ArrowDown"],
            Action::PreviousConversation => &["K", "Alt+ArrowUp"],
            Action::NextUnread => &["U"],
            Action::JumpToLatest => &["L"],
            Action::Close => &["E"],
            Action::Snooze => &["S"],
            Action::AssignToMe => &["M"],
            Action::AssignMenu => &["A"],
            Action::TogglePanel => &["P"],
            Action::ReplyMode => &["R"],
            Action::NoteMode => &["N"],
            Action::FocusComposer => &["C"],
            Action::Send => &["Ctrl+Enter"],
        };
        keys.iter().filter_map(|k| k.parse().ok()).collect()
    }

    /// Whether it may fire while focus is in a text field: the palette anywhere, Send from
    /// the composer's editor (and only with Ctrl, Cmd or Alt held, so no typed character
    /// is ever taken).
    fn in_fields(self) -> bool {
        matches!(self, Action::CommandPalette | Action::Send)
    }
}

/// A shortcut the app has that agents cannot change (listed in the dialog, and never given
/// to another action).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fixed {
    /// `/`, Ctrl+K / Cmd+K: the list's search box (`search_keys`).
    FocusSearch,
}

impl Fixed {
    /// All of them.
    pub const ALL: [Fixed; 1] = [Fixed::FocusSearch];

    /// Its keys.
    pub fn keys(self) -> Vec<Chord> {
        match self {
            Fixed::FocusSearch => ["/", "Ctrl+K"]
                .iter()
                .filter_map(|k| k.parse().ok())
                .collect(),
        }
    }
}

/// Who already has a chord.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Taken {
    /// Another action.
    Action(Action),
    /// A shortcut that cannot be changed.
    Fixed(Fixed),
}

/// Why a remap was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RemapError {
    /// The chord belongs to someone else.
    Conflict(Taken),
    /// A key the app needs for itself (Tab, Escape, Enter or Space alone).
    Unusable,
}

/// Each agent's remaps as stored: action id → written chord.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Remaps(pub BTreeMap<String, String>);

/// The shortcuts in force: the defaults, less what the agent remapped.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Keymap {
    remaps: BTreeMap<Action, Chord>,
}

impl Keymap {
    /// The keys of `action` now.
    pub fn bindings(&self, action: Action) -> Vec<Chord> {
        match self.remaps.get(&action) {
            Some(c) => vec![c.clone()],
            None => action.defaults(),
        }
    }

    /// Whether the agent changed `action`'s keys.
    pub fn is_remapped(&self, action: Action) -> bool {
        self.remaps.contains_key(&action)
    }

    /// Who has `chord` now, if anyone.
    pub fn owner(&self, chord: &Chord) -> Option<Taken> {
        if let Some(f) = Fixed::ALL.into_iter().find(|f| f.keys().contains(chord)) {
            return Some(Taken::Fixed(f));
        }
        Action::ALL
            .into_iter()
            .find(|a| self.bindings(*a).contains(chord))
            .map(Taken::Action)
    }

    /// The action `chord` runs.
    pub fn lookup(&self, chord: &Chord) -> Option<Action> {
        match self.owner(chord)? {
            Taken::Action(a) => Some(a),
            Taken::Fixed(_) => None,
        }
    }

    /// Gives `action` the one key `chord`, unless someone else has it or the app needs it.
    /// Giving an action its own key again is no change.
    pub fn remap(&mut self, action: Action, chord: Chord) -> Result<(), RemapError> {
        if !chord.usable() {
            return Err(RemapError::Unusable);
        }
        match self.owner(&chord) {
            Some(Taken::Action(a)) if a == action => {}
            Some(other) => return Err(RemapError::Conflict(other)),
            None => {}
        }
        if action.defaults() == [chord.clone()] {
            self.remaps.remove(&action);
        } else {
            self.remaps.insert(action, chord);
        }
        Ok(())
    }

    /// Back to the default keys.
    pub fn reset(&mut self) {
        self.remaps.clear();
    }

    /// What to store.
    pub fn remaps(&self) -> Remaps {
        Remaps(
            self.remaps
                .iter()
                .map(|(a, c)| (a.id().to_owned(), c.to_string()))
                .collect(),
        )
    }

    /// The keymap a stored text describes; what no longer makes sense is dropped.
    pub fn from_remaps(stored: &Remaps) -> Keymap {
        let mut map = Keymap::default();
        for (id, text) in &stored.0 {
            if let (Some(a), Ok(c)) = (Action::from_id(id), text.parse::<Chord>()) {
                _ = map.remap(a, c);
            }
        }
        map
    }

    /// What a key press asks for, where focus is.
    pub fn decide(&self, press: &Press<'_>) -> Option<Action> {
        if press.event.composing || press.dialog_open {
            return None;
        }
        let chord = Chord::from_event(&press.event)?;
        let action = self.lookup(&chord)?;
        if !press.in_text_field {
            return (action != Action::Send || press.in_composer).then_some(action);
        }
        let modded = chord.primary || chord.alt;
        let allowed = match action {
            Action::Send => press.in_composer,
            a => a.in_fields(),
        };
        (modded && allowed).then_some(action)
    }
}

/// A key press and where it happened.
#[derive(Clone, Copy, Debug, Default)]
pub struct Press<'a> {
    /// The key event.
    pub event: KeyEvent<'a>,
    /// Focus is in a field that takes text (`search_keys::is_text_entry`).
    pub in_text_field: bool,
    /// Focus is in the composer's editor.
    pub in_composer: bool,
    /// A modal dialog is open (its own keys only).
    pub dialog_open: bool,
}

/// The row `forward` of (or before) `current` in the list `ids`; the first row when
/// nothing listed is open; `None` past either end.
pub fn neighbour<T: Copy + PartialEq>(ids: &[T], current: Option<T>, forward: bool) -> Option<T> {
    let Some(at) = current.and_then(|c| ids.iter().position(|x| *x == c)) else {
        return ids.first().copied();
    };
    let to = if forward { at + 1 } else { at.checked_sub(1)? };
    ids.get(to).copied()
}

/// The first row after `current` (going round past the end) for which `wanted` holds,
/// never `current` itself.
pub fn next_where<T: Copy + PartialEq>(
    ids: &[T],
    current: Option<T>,
    wanted: impl Fn(T) -> bool,
) -> Option<T> {
    let start = current
        .and_then(|c| ids.iter().position(|x| *x == c))
        .map_or(0, |i| i + 1);
    (0..ids.len())
        .map(|k| ids[(start + k) % ids.len()])
        .find(|x| Some(*x) != current && wanted(*x))
}
