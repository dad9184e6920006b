//! Messages, notes and activity entries.

use crate::ids::{AgentId, ClientMsgId, ConversationId, MessageId, UploadId};
use crate::model::Channel;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Who wrote a message.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
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

/// Who may see a message (absent on the wire: `public`).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    /// Sent to or received from the customer.
    #[default]
    Public,
    /// An internal note: agents only, never sent to the customer.
    Internal,
}

/// What a message carries (besides its attachments).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Content {
    /// Plain text.
    Text {
        /// The text, as written.
        text: String,
    },
    /// An entry of the history of actions (status, assignee, tags...); the author is who
    /// did it.
    Activity {
        /// What happened, in English (the server's wording, for clients that do not know
        /// the change).
        text: String,
        /// The change, typed, so clients can word it in the agent's language.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        change: Option<crate::activity::Change>,
    },
    /// A sticker.
    Sticker {
        /// Its picture.
        url: String,
        /// The emoji it stands for, if known.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        emoji: Option<String>,
    },
    /// A shared location.
    Location {
        /// Latitude in degrees.
        latitude: f64,
        /// Longitude in degrees.
        longitude: f64,
        /// A place name, if given.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<String>,
    },
    /// A shared contact card.
    ContactCard {
        /// The person's name.
        name: String,
        /// Their phone.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        phone: Option<String>,
        /// Their email.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        email: Option<String>,
    },
    /// A message sent from an approved template (channels with a messaging window).
    Template {
        /// The template's name.
        name: String,
        /// The text as sent, parameters filled in.
        text: String,
    },
    /// An email.
    Email {
        /// Subject line.
        subject: String,
        /// Sender address.
        from: String,
        /// Recipients.
        #[serde(default)]
        to: Vec<String>,
        /// Copy recipients.
        #[serde(default)]
        cc: Vec<String>,
        /// The new part of the body, as plain text.
        text: String,
        /// The HTML body, untrusted: clients must sanitise it or show it in a sandboxed
        /// frame with scripts disabled.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        html: Option<String>,
        /// The quoted earlier thread, folded by clients.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        quoted: Option<String>,
    },
    /// A kind this client does not know: shown as "Unsupported message".
    #[serde(other)]
    Unsupported,
}

impl Content {
    /// The text to show in previews and to search in, if any.
    pub fn text(&self) -> Option<&str> {
        match self {
            Content::Text { text }
            | Content::Activity { text, .. }
            | Content::Template { text, .. }
            | Content::Email { text, .. } => Some(text),
            Content::ContactCard { name, .. } => Some(name),
            Content::Location { name, .. } => name.as_deref(),
            Content::Sticker { emoji, .. } => emoji.as_deref(),
            Content::Unsupported => None,
        }
    }
}

/// How far an outgoing message got.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
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
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
    /// Delivery state: meaningful only for public messages of agents, the AI and bots
    /// (notes and activity entries carry none worth showing). Absent: `sent`.
    #[serde(default)]
    pub status: DeliveryStatus,
    /// The channel it went or came through (when the contact has several).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// Attached files: pictures, video, audio, voice, documents.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<Attachment>,
    /// The message this one answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_to: Option<ReplyRef>,
    /// The same message in the agent's language (see [`MessageTranslation`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translation: Option<MessageTranslation>,
    /// Agents mentioned in a note.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<AgentId>,
}

/// What kind of file an attachment is, for how it is shown.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttachmentKind {
    /// A picture: preview and lightbox.
    Image,
    /// A video: player.
    Video,
    /// An audio file: player with speed control.
    Audio,
    /// A recorded voice message: player with speed control.
    Voice,
    /// Anything else: name, size, type, download.
    #[serde(other)]
    File,
}

/// A file attached to a message.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    /// The upload it is.
    pub id: UploadId,
    /// File name as given.
    pub name: String,
    /// Size in bytes.
    pub size: u64,
    /// MIME type as detected by the server.
    pub mime: String,
    /// How to show it.
    pub kind: AttachmentKind,
    /// Where to fetch it: a signed, time-limited path (no token in it; valid about an hour).
    pub url: String,
    /// Length of audio, voice or video, in milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_ms: Option<u32>,
}

/// The message a reply quotes.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReplyRef {
    /// The quoted message.
    pub id: MessageId,
    /// Who wrote it.
    pub author: Author,
    /// Its first characters.
    pub excerpt: String,
}

/// The other-language version of a message. `content` always holds what the customer
/// wrote or received; this holds the version in the agent's language: for an incoming
/// message its translation, for an outgoing translated message what the agent wrote.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageTranslation {
    /// The text in the agent's language.
    pub text: String,
    /// Its language (BCP 47).
    pub language: String,
    /// The language of `content` (the customer's).
    pub content_language: String,
}

/// The last message of a conversation, as a list row previews it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
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
