//! Counts per tab and mailbox, and saved custom views.

use super::ConversationFilter;
use crate::ids::{AgentId, ViewId};
use serde::{Deserialize, Serialize};

/// Answer of `GET /conversations/counts` (same filters as the list, status ignored):
/// the count of each status tab, and of each mailbox.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConversationCounts {
    /// All statuses.
    pub all: u32,
    /// Open.
    pub open: u32,
    /// In progress.
    pub in_progress: u32,
    /// Closed.
    pub closed: u32,
    /// Snoozed.
    pub snoozed: u32,
    /// Conversations with unread messages (over the whole mailbox).
    pub unread: u32,
    /// Per mailbox, by its wire name (`"mine"`, `"team:3"`, `"view:5"`, `"blocked"` only
    /// when the agent may see it and a blocked contact exists).
    pub mailboxes: std::collections::BTreeMap<String, u32>,
    /// Per mailbox (the keys of `mailboxes`), the conversations with unread messages: a
    /// client showing every mailbox's unread figure asks once, not once per mailbox.
    /// Absent from backends that do not count it (a client then asks per mailbox).
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub unread_mailboxes: std::collections::BTreeMap<String, u32>,
}

/// A saved custom view: a named filter, private or shared.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomView {
    /// Its id (mailbox `view:{id}`).
    pub id: ViewId,
    /// Its name.
    pub name: String,
    /// Who made it.
    pub owner: AgentId,
    /// Shared with the other agents.
    pub shared: bool,
    /// The filter.
    pub filter: ConversationFilter,
}

/// Body of `POST /views`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewView {
    /// Name (1..=80 characters).
    pub name: String,
    /// Shared with the others.
    #[serde(default)]
    pub shared: bool,
    /// The filter.
    pub filter: ConversationFilter,
}
