//! Actions on a conversation: `POST /conversations/{id}/actions` with one of these, answered
//! by the conversation as it is afterwards (`204` for `delete`).
//!
//! Each action that changes something records an activity entry (authored by the agent)
//! and emits `message_created` for it, then `conversation_updated` (or
//! `conversation_deleted`). An action that changes nothing (assigning to the assignee)
//! answers the conversation and emits nothing. An action the state forbids answers
//! `conflict` and changes nothing: snoozing a blocked contact's conversation, unsnoozing one
//! that is not snoozed, leaving one the agent is not an operator of. Closing without a note
//! where the settings make it mandatory, or with a category not in the settings, answers
//! `invalid`. Actions beyond the agent's role answer `forbidden`.

use crate::activity::ClosingNote;
use crate::ids::AgentId;
use crate::model::CrmLink;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// One action.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ConversationAction {
    /// Take into processing: status `in_progress`, assigned to me if nobody is.
    Take,
    /// Close, with a closing note per the settings.
    Close {
        /// The note.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<ClosingNote>,
    },
    /// Reopen a closed conversation.
    Reopen,
    /// Snooze until a time in the future.
    Snooze {
        /// Until.
        until: DateTime<Utc>,
    },
    /// Wake a snoozed conversation.
    Unsnooze,
    /// Assign to an agent, or unassign (`agent` absent).
    Assign {
        /// The new assignee.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        agent: Option<AgentId>,
    },
    /// Add an operator.
    AddOperator {
        /// Who.
        agent: AgentId,
    },
    /// Remove an operator.
    RemoveOperator {
        /// Who.
        agent: AgentId,
    },
    /// Leave the conversation (I stop being its assignee or operator).
    Leave,
    /// Delete it (needs `delete_conversations`).
    Delete,
    /// Mark everything read.
    MarkRead,
    /// Mark unread (the last customer message counts as unread again).
    MarkUnread,
    /// Block the contact: their messages no longer reach the inbox, snoozing is off.
    BlockContact,
    /// Unblock the contact.
    UnblockContact,
    /// Stop the AI agent and assign the conversation to me.
    TakeOver,
    /// Switch the bot on or off here.
    SetBot {
        /// On.
        enabled: bool,
    },
    /// Run a shortcut automation (ids from `GET /automations`).
    RunAutomation {
        /// Which.
        automation_id: String,
    },
    /// Stop one running automation, or all (`automation_id` absent).
    StopAutomation {
        /// Which.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        automation_id: Option<String>,
    },
    /// Link to a CRM lead, client or order.
    LinkCrm {
        /// The record.
        link: CrmLink,
    },
    /// Remove the CRM link.
    UnlinkCrm,
    /// Add a tag.
    AddTag {
        /// The tag (1..=40 characters).
        tag: String,
    },
    /// Remove a tag.
    RemoveTag {
        /// The tag.
        tag: String,
    },
    /// Archive.
    Archive,
    /// Bring back from the archive.
    Unarchive,
}

/// A shortcut automation an agent can run on a conversation (`GET /automations`).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Automation {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
}
