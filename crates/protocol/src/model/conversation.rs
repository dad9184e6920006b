//! Conversations as the chat list shows them.

use crate::ids::{AgentId, ConversationId, TeamId};
use crate::model::{BusinessAccount, Channel, ContactBrief, ConversationStatus, MessagePreview};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The deal (lead) a conversation belongs to.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DealBrief {
    /// Stage name on its pipeline (`"Negotiation"`).
    pub stage: String,
    /// Amount in minor units (cents).
    pub amount_minor: i64,
    /// ISO 4217 currency (`"EUR"`).
    pub currency: String,
}

/// A conversation as the chat list shows it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConversationSummary {
    /// Its id.
    pub id: ConversationId,
    /// The contact.
    pub contact: ContactBrief,
    /// The network.
    pub channel: Channel,
    /// Status.
    pub status: ConversationStatus,
    /// The assigned agent, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignee: Option<AgentId>,
    /// Tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Messages from the contact not read yet: the conversation's count, the same for every
    /// agent (any agent's reading or public reply clears it).
    #[serde(default)]
    pub unread_count: u32,
    /// Whether the customer's last message has no reply yet.
    #[serde(default)]
    pub unanswered: bool,
    /// The newest customer message, public reply or internal note, if any (activity
    /// entries do not replace it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_message: Option<MessagePreview>,
    /// Time of the last message or action: the list's default order.
    pub last_activity_at: DateTime<Utc>,
    /// Until when it is snoozed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snoozed_until: Option<DateTime<Utc>>,
    /// The deal, if one is linked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deal: Option<DealBrief>,
    /// The team whose mailbox holds it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<TeamId>,
    /// Further operators besides the assignee.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub operators: Vec<AgentId>,
    /// When the current status began (for "longest open" sorting).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_since: Option<DateTime<Utc>>,
    /// Archived (hidden unless the archive switch is on).
    #[serde(default)]
    pub archived: bool,
    /// The contact is blocked.
    #[serde(default)]
    pub contact_blocked: bool,
    /// The AI agent is handling it (the app offers "Take over").
    #[serde(default)]
    pub ai_active: bool,
    /// The bot answers in it.
    #[serde(default)]
    pub bot_enabled: bool,
    /// Automations running on it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub automations: Vec<RunningAutomation>,
    /// The CRM record it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crm_link: Option<CrmLink>,
    /// When the channel's messaging window closes (after it, only approved templates).
    /// Absent: no known window (as before the customer ever wrote), nothing restricted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window_closes_at: Option<DateTime<Utc>>,
    /// The workspace's account on `channel` the customer wrote to (page, bot, number or
    /// mailbox) and whether it is connected. Absent when the backend does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_account: Option<BusinessAccount>,
    /// The agents its internal notes mention, each once (the `mentions` mailbox of each of
    /// them lists it). The same for every agent; absent: none, or not offered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentioned: Vec<AgentId>,
    /// Only in an answer to a list search (`q`) that found the conversation by a message's
    /// text alone (not by the contact or a tag): that message, newest first, so the row can
    /// show it instead of the last one. Absent everywhere else (events, pages without `q`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matched: Option<MatchedMessage>,
}

/// The message a list search found a conversation by.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatchedMessage {
    /// The message (open the conversation around it).
    pub id: crate::ids::MessageId,
    /// Its text around the match (or its stored translation's, when the match is there),
    /// `…` where it was cut.
    pub excerpt: String,
}

/// An automation running on a conversation.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunningAutomation {
    /// The automation's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Since when.
    pub started_at: DateTime<Utc>,
}

/// What kind of CRM record a conversation belongs to.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CrmKind {
    /// A lead.
    Lead,
    /// A client.
    Client,
    /// An order.
    Order,
}

/// A link from a conversation to a CRM record.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CrmLink {
    /// Record kind.
    pub kind: CrmKind,
    /// The record's id in the CRM.
    pub id: String,
    /// Its title, as the CRM shows it.
    pub title: String,
}
