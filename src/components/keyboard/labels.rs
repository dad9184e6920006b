//! The words for the shortcuts: each action's and group's name, and keys as shown.

use crate::i18n::{Locale, Msg};
use switchboard_core::keymap::{Action, Chord, Fixed, Group, Taken};

/// An action's name.
pub fn action_msg(a: Action) -> Msg {
    match a {
        Action::ShowShortcuts => Msg::KbActionShowShortcuts,
        Action::CommandPalette => Msg::KbActionCommandPalette,
        Action::NextConversation => Msg::KbActionNextConversation,
        Action::PreviousConversation => Msg::KbActionPreviousConversation,
        Action::NextUnread => Msg::KbActionNextUnread,
        Action::JumpToLatest => Msg::KbActionJumpToLatest,
        Action::Close => Msg::KbActionClose,
        Action::Snooze => Msg::KbActionSnooze,
        Action::AssignToMe => Msg::KbActionAssignToMe,
        Action::AssignMenu => Msg::KbActionAssignMenu,
        Action::TogglePanel => Msg::KbActionTogglePanel,
        Action::ReplyMode => Msg::KbActionReplyMode,
        Action::NoteMode => Msg::KbActionNoteMode,
        Action::FocusComposer => Msg::KbActionFocusComposer,
        Action::Send => Msg::KbActionSend,
    }
}

/// A group's heading.
pub fn group_msg(g: Group) -> Msg {
    match g {
        Group::Navigation => Msg::KbGroupNavigation,
        Group::Conversation => Msg::KbGroupConversation,
        Group::Composer => Msg::KbGroupComposer,
    }
}

/// A fixed shortcut's name.
pub fn fixed_msg(f: Fixed) -> Msg {
    match f {
        Fixed::FocusSearch => Msg::KbFixedFocusSearch,
    }
}

/// The name of whoever has a chord.
pub fn taken_msg(t: Taken) -> Msg {
    match t {
        Taken::Action(a) => action_msg(a),
        Taken::Fixed(f) => fixed_msg(f),
    }
}

/// Keys as one text: `J or Alt+ArrowDown`.
pub fn keys_text(locale: Locale, chords: &[Chord]) -> String {
    let sep = format!(" {} ", locale.t(Msg::KbOr));
    chords
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(&sep)
}
