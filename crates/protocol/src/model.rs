//! The domain records that travel over REST and the socket.

use crate::ids::{AgentId, ClientMsgId, ContactId, ConversationId, MessageId};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A messaging network a conversation runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// Telegram.
    Telegram,
    /// WhatsApp.
    Whatsapp,
    /// Viber.
    Viber,
    /// Instagram Direct.
    Instagram,
    /// Facebook Messenger.
    Facebook,
    /// Email.
    Email,
    /// The website chat widget.
    Webchat,
    /// A channel this client does not know.
    #[serde(other)]
    Other,
}

impl Channel {
    /// Every known channel, in display order.
    pub const ALL: [Channel; 7] = [
        Channel::Telegram,
        Channel::Whatsapp,
        Channel::Viber,
        Channel::Instagram,
        Channel::Facebook,
        Channel::Email,
        Channel::Webchat,
    ];

    /// The wire name (`"telegram"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Telegram => "telegram",
            Channel::Whatsapp => "whatsapp",
            Channel::Viber => "viber",
            Channel::Instagram => "instagram",
            Channel::Facebook => "facebook",
            Channel::Email => "email",
            Channel::Webchat => "webchat",
            Channel::Other => "other",
        }
    }

    /// Parses a wire name; unknown names give [`Channel::Other`].
    pub fn parse(s: &str) -> Channel {
        Channel::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .unwrap_or(Channel::Other)
    }
}

/// Where a conversation stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConversationStatus {
    /// Waiting for an agent.
    Open,
    /// An agent took it into processing.
    InProgress,
    /// Done.
    Closed,
    /// Hidden until `snoozed_until`.
    Snoozed,
    /// A status this client does not know.
    #[serde(other)]
    Other,
}

impl ConversationStatus {
    /// The wire name (`"in_progress"`).
    pub fn as_str(self) -> &'static str {
        match self {
            ConversationStatus::Open => "open",
            ConversationStatus::InProgress => "in_progress",
            ConversationStatus::Closed => "closed",
            ConversationStatus::Snoozed => "snoozed",
            ConversationStatus::Other => "other",
        }
    }

    /// Parses a wire name; unknown names give [`ConversationStatus::Other`].
    pub fn parse(s: &str) -> ConversationStatus {
        [
            ConversationStatus::Open,
            ConversationStatus::InProgress,
            ConversationStatus::Closed,
            ConversationStatus::Snoozed,
        ]
        .into_iter()
        .find(|c| c.as_str() == s)
        .unwrap_or(ConversationStatus::Other)
    }
}

/// An agent (operator) of the workspace.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agent {
    /// Its id.
    pub id: AgentId,
    /// Display name.
    pub name: String,
    /// Sign-in email.
    pub email: String,
    /// The language the agent reads (BCP 47, `"en"`), used for translations.
    pub language: String,
}

/// The few contact fields a chat-list row needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactBrief {
    /// Its id.
    pub id: ContactId,
    /// Display name.
    pub name: String,
    /// Avatar picture, when the network gave one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_url: Option<String>,
}

/// The contact (customer) behind a conversation, as the client panel shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    /// Its id.
    pub id: ContactId,
    /// Display name.
    pub name: String,
    /// Phone number (possibly masked by the server, e.g. `"+380 •• ••• 12 34"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The customer's account on the network (Telegram id, Instagram username...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handle: Option<String>,
    /// Country (ISO 3166 alpha-2, `"UA"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The language the customer writes (BCP 47).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Where the contact came from (`"Instagram ads"`, `"Website"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Tags on the contact.
    #[serde(default)]
    pub tags: Vec<String>,
    /// When the contact was created.
    pub created_at: DateTime<Utc>,
}

/// The deal (lead) a conversation belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DealBrief {
    /// Stage name on its pipeline (`"Negotiation"`).
    pub stage: String,
    /// Amount in minor units (cents).
    pub amount_minor: i64,
    /// ISO 4217 currency (`"EUR"`).
    pub currency: String,
}

/// Who wrote a message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Author {
    /// The customer.
    Contact,
    /// A human agent.
    Agent {
        /// The agent.
        id: AgentId,
        /// Its display name at the time.
        name: String,
    },
    /// The AI agent.
    Ai,
    /// A bot or automation.
    Bot,
    /// The system (activity entries).
    System,
}

/// Who may see a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    /// Sent to or received from the customer.
    #[default]
    Public,
    /// An internal note: agents only, never sent to the customer.
    Internal,
}

/// What a message carries.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Content {
    /// Plain text.
    Text {
        /// The text, as written.
        text: String,
    },
    /// An entry of the history of actions (status, assignee, tags...).
    Activity {
        /// What happened, in English (the server's wording).
        text: String,
    },
    /// A kind this client does not know: shown as "Unsupported message".
    #[serde(other)]
    Unsupported,
}

impl Content {
    /// The text to show in previews and to search in, if any.
    pub fn text(&self) -> Option<&str> {
        match self {
            Content::Text { text } | Content::Activity { text } => Some(text),
            Content::Unsupported => None,
        }
    }
}

/// How far an outgoing message got.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum DeliveryStatus {
    /// Accepted by the server (and handed to the network).
    #[default]
    Sent,
    /// The network delivered it.
    Delivered,
    /// The customer read it.
    Read,
    /// The network refused it.
    Failed {
        /// Why, in the network's words.
        reason: String,
    },
}

/// A message, internal note or activity entry of a conversation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    /// Server id; ids grow with time within a conversation.
    pub id: MessageId,
    /// The conversation it belongs to.
    pub conversation_id: ConversationId,
    /// The id the sending client chose, echoed back (agent messages only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<ClientMsgId>,
    /// Who wrote it.
    pub author: Author,
    /// Customer-visible or internal note.
    #[serde(default)]
    pub visibility: Visibility,
    /// What it carries.
    pub content: Content,
    /// When the server received it.
    pub created_at: DateTime<Utc>,
    /// Delivery state (meaningful for outgoing messages).
    #[serde(default)]
    pub status: DeliveryStatus,
}

/// The last message of a conversation, as a list row previews it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessagePreview {
    /// Its id.
    pub id: MessageId,
    /// Who wrote it.
    pub author: Author,
    /// Customer-visible or internal note.
    #[serde(default)]
    pub visibility: Visibility,
    /// The first characters of its text (empty for non-text content).
    pub text: String,
    /// When.
    pub created_at: DateTime<Utc>,
    /// Delivery state.
    #[serde(default)]
    pub status: DeliveryStatus,
}

impl MessagePreview {
    /// Longest preview text, in characters.
    pub const MAX_CHARS: usize = 140;

    /// The preview of a message.
    pub fn of(m: &Message) -> Self {
        MessagePreview {
            id: m.id,
            author: m.author.clone(),
            visibility: m.visibility,
            text: m
                .content
                .text()
                .unwrap_or_default()
                .chars()
                .take(Self::MAX_CHARS)
                .collect(),
            created_at: m.created_at,
            status: m.status.clone(),
        }
    }
}

/// A conversation as the chat list shows it.
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
    /// Messages from the contact the current agent has not read.
    #[serde(default)]
    pub unread_count: u32,
    /// Whether the customer's last message has no reply yet.
    #[serde(default)]
    pub unanswered: bool,
    /// The last message, if any.
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
}
