//! Typed changes of the history of actions, so every client can word them in its
//! agent's language. The author of the activity entry is who made the change.

use crate::ids::AgentId;
use crate::model::{Channel, ConversationStatus, CrmLink};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A closing note: why and how a conversation was closed.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClosingNote {
    /// One of the workspace's closing categories.
    pub category: String,
    /// Free text.
    pub text: String,
}

/// One field of a deal that changed, before and after, for the history of actions.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "field", rename_all = "snake_case")]
pub enum DealField {
    /// Another pipeline (by name, as it was called then).
    Pipeline {
        /// Before.
        from: String,
        /// After.
        to: String,
    },
    /// The support line (1 or 2).
    Line {
        /// Before.
        from: u8,
        /// After.
        to: u8,
    },
    /// The channel the deal came through (absent: none).
    Channel {
        /// Before.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        from: Option<Channel>,
        /// After.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        to: Option<Channel>,
    },
    /// The amount or its currency.
    Amount {
        /// Before.
        from: Money,
        /// After.
        to: Money,
    },
    /// A field this client does not know.
    #[serde(other)]
    Other,
}

/// An amount of money: minor units and an ISO 4217 currency.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Money {
    /// Minor units (cents).
    pub minor: i64,
    /// ISO 4217.
    pub currency: String,
}

/// One change recorded in the timeline.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Change {
    /// The status changed.
    Status {
        /// Before.
        from: ConversationStatus,
        /// After.
        to: ConversationStatus,
    },
    /// The assignee changed (`to` absent: unassigned).
    Assigned {
        /// The new assignee.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        to: Option<AgentId>,
    },
    /// An operator joined.
    OperatorAdded {
        /// Who.
        agent: AgentId,
    },
    /// An operator left or was removed.
    OperatorRemoved {
        /// Who.
        agent: AgentId,
    },
    /// A tag was added.
    TagAdded {
        /// The tag.
        tag: String,
    },
    /// A tag was removed.
    TagRemoved {
        /// The tag.
        tag: String,
    },
    /// The deal was created, or moved on its pipeline.
    DealStage {
        /// Before (absent: no deal before).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        from: Option<String>,
        /// After.
        to: String,
        /// The deal's other fields that changed in the same edit (none: only the stage).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        fields: Vec<DealField>,
    },
    /// The deal changed without moving on its pipeline.
    DealChanged {
        /// What changed (at least one).
        fields: Vec<DealField>,
    },
    /// The conversation moved to another channel.
    Channel {
        /// Before.
        from: Channel,
        /// After.
        to: Channel,
    },
    /// Snoozed until a time.
    Snoozed {
        /// Until.
        until: DateTime<Utc>,
    },
    /// Woken before its time, or at it.
    Unsnoozed,
    /// Closed, with the note if one was written.
    Closed {
        /// The closing note.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<ClosingNote>,
    },
    /// The contact was blocked.
    ContactBlocked,
    /// The contact was unblocked.
    ContactUnblocked,
    /// An agent took over from the AI agent.
    AiTakenOver,
    /// The bot was switched on or off.
    Bot {
        /// Now on.
        enabled: bool,
    },
    /// An automation started.
    AutomationStarted {
        /// Its name.
        name: String,
    },
    /// An automation was stopped.
    AutomationStopped {
        /// Its name.
        name: String,
    },
    /// Linked to a CRM record.
    CrmLinked {
        /// The record.
        link: CrmLink,
    },
    /// The CRM link was removed.
    CrmUnlinked,
    /// Archived or brought back.
    Archived {
        /// Now archived.
        archived: bool,
    },
    /// A change this client does not know: show the entry's text.
    #[serde(other)]
    Other,
}
