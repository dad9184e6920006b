//! What a chat-list row's context menu offers for a conversation, and the wire action each
//! item sends. The menu shows only items the server would accept in the conversation's
//! state (no "Reopen" on an open one, no snoozing a closed one or a blocked contact's).

use crate::i18n::Msg;
use crate::snooze::SnoozePreset;
use chrono::{DateTime, Utc};
use switchboard_protocol::{AgentId, ConversationAction, ConversationStatus, ConversationSummary};

/// One item of a row's menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RowAction {
    /// Mark everything read.
    MarkRead,
    /// Mark the last customer message unread again.
    MarkUnread,
    /// Close.
    Close,
    /// Reopen a closed conversation.
    Reopen,
    /// Wake a snoozed conversation.
    Unsnooze,
    /// Snooze until a preset time.
    Snooze(SnoozePreset),
    /// Assign to the signed-in agent.
    AssignToMe,
    /// Remove the assignee.
    Unassign,
    /// Put the conversation's address on the clipboard (browser only).
    CopyLink,
    /// Open the conversation in another tab (browser only).
    OpenInNewTab,
}

impl RowAction {
    /// The item's label.
    pub fn label(self) -> Msg {
        match self {
            RowAction::MarkRead => Msg::MarkAsRead,
            RowAction::MarkUnread => Msg::MarkAsUnread,
            RowAction::Close => Msg::CloseAction,
            RowAction::Reopen => Msg::Reopen,
            RowAction::Unsnooze => Msg::Unsnooze,
            RowAction::Snooze(SnoozePreset::OneHour) => Msg::SnoozeOneHour,
            RowAction::Snooze(SnoozePreset::Tomorrow) => Msg::SnoozeTomorrow,
            RowAction::Snooze(SnoozePreset::NextWeek) => Msg::SnoozeNextWeek,
            RowAction::AssignToMe => Msg::AssignToMe,
            RowAction::Unassign => Msg::Unassign,
            RowAction::CopyLink => Msg::CopyLink,
            RowAction::OpenInNewTab => Msg::OpenInNewTab,
        }
    }

    /// What to tell a screen reader once the server agreed.
    pub fn done(self) -> Option<Msg> {
        Some(match self {
            RowAction::MarkRead => Msg::DoneRead,
            RowAction::MarkUnread => Msg::DoneUnread,
            RowAction::Close => Msg::DoneClosed,
            RowAction::Reopen | RowAction::Unsnooze => Msg::DoneReopened,
            RowAction::Snooze(_) => Msg::DoneSnoozed,
            RowAction::AssignToMe => Msg::DoneAssigned,
            RowAction::Unassign => Msg::DoneUnassigned,
            RowAction::CopyLink => Msg::LinkCopied,
            RowAction::OpenInNewTab => return None,
        })
    }

    /// The wire action, for items the server carries out (`None`: the browser does it).
    /// `now` and the agent's `offset_minutes` east of UTC place snooze presets.
    pub fn wire(
        self,
        me: AgentId,
        now: DateTime<Utc>,
        offset_minutes: i32,
    ) -> Option<ConversationAction> {
        Some(match self {
            RowAction::MarkRead => ConversationAction::MarkRead,
            RowAction::MarkUnread => ConversationAction::MarkUnread,
            RowAction::Close => ConversationAction::Close { note: None },
            RowAction::Reopen => ConversationAction::Reopen,
            RowAction::Unsnooze => ConversationAction::Unsnooze,
            RowAction::Snooze(p) => ConversationAction::Snooze {
                until: p.until(now, offset_minutes),
            },
            RowAction::AssignToMe => ConversationAction::Assign { agent: Some(me) },
            RowAction::Unassign => ConversationAction::Assign { agent: None },
            RowAction::CopyLink | RowAction::OpenInNewTab => return None,
        })
    }
}

/// The menu of a conversation for agent `me`, in display order.
pub fn row_actions(c: &ConversationSummary, me: AgentId) -> Vec<RowAction> {
    let mut out = vec![if c.unread_count > 0 {
        RowAction::MarkRead
    } else {
        RowAction::MarkUnread
    }];
    match c.status {
        ConversationStatus::Closed => out.push(RowAction::Reopen),
        ConversationStatus::Snoozed => out.extend([RowAction::Close, RowAction::Unsnooze]),
        _ => out.push(RowAction::Close),
    }
    if c.status != ConversationStatus::Closed && !c.contact_blocked {
        out.extend(SnoozePreset::ALL.map(RowAction::Snooze));
    }
    if c.assignee != Some(me) {
        out.push(RowAction::AssignToMe);
    }
    if c.assignee.is_some() {
        out.push(RowAction::Unassign);
    }
    out.extend([RowAction::CopyLink, RowAction::OpenInNewTab]);
    out
}

/// The menu item to focus after a navigation key, from item `current` of `len` (wrapping
/// like the WAI-ARIA menu pattern); `None` for other keys.
pub fn menu_step(current: Option<usize>, len: usize, key: &str) -> Option<usize> {
    if len == 0 {
        return None;
    }
    let last = len - 1;
    Some(match (key, current) {
        ("ArrowDown", Some(i)) if i < last => i + 1,
        ("ArrowDown", _) | ("Home", _) => 0,
        ("ArrowUp", Some(i)) if i > 0 => i - 1,
        ("ArrowUp", _) | ("End", _) => last,
        _ => return None,
    })
}
