//! Channels and conversation statuses.

use serde::{Deserialize, Serialize};

/// A messaging network a conversation runs on.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
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

    /// Longest text the network accepts in one message, in characters.
    pub fn max_text_chars(self) -> usize {
        match self {
            Channel::Instagram => 1000,
            Channel::Facebook => 2000,
            Channel::Telegram | Channel::Whatsapp | Channel::Other => 4096,
            Channel::Viber => 7000,
            Channel::Webchat => 10_000,
            Channel::Email => 100_000,
        }
    }

    /// Whether the network shows a reply as a quote of the message answered.
    pub fn supports_reply(self) -> bool {
        matches!(self, Channel::Whatsapp | Channel::Telegram)
    }

    /// Whether the network closes a messaging window some time after the customer's last
    /// message (then only approved templates may be sent).
    pub fn has_messaging_window(self) -> bool {
        matches!(
            self,
            Channel::Whatsapp | Channel::Viber | Channel::Instagram | Channel::Facebook
        )
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
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
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
