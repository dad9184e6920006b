//! Words the chat list and the log derive from records: labels of channels and statuses,
//! a row's preview line and its accessible name.

use crate::i18n::{Count, Locale, Msg};
use switchboard_protocol::{
    Author, Channel, ConversationStatus, ConversationSummary, MessagePreview, Visibility,
};

/// The label key of a channel.
pub fn channel_msg(c: Channel) -> Msg {
    match c {
        Channel::Telegram => Msg::ChannelTelegram,
        Channel::Whatsapp => Msg::ChannelWhatsapp,
        Channel::Viber => Msg::ChannelViber,
        Channel::Instagram => Msg::ChannelInstagram,
        Channel::Facebook => Msg::ChannelFacebook,
        Channel::Email => Msg::ChannelEmail,
        Channel::Webchat => Msg::ChannelWebchat,
        Channel::Other => Msg::ChannelOther,
    }
}

/// The label key of a status.
pub fn status_msg(s: ConversationStatus) -> Msg {
    match s {
        ConversationStatus::Open => Msg::StatusOpen,
        ConversationStatus::InProgress => Msg::StatusInProgress,
        ConversationStatus::Closed => Msg::StatusClosed,
        ConversationStatus::Snoozed => Msg::StatusSnoozed,
        ConversationStatus::Other => Msg::StatusOther,
    }
}

/// The preview line of a row: the last message's text, prefixed by who wrote it when it
/// was not the customer (`"You: On its way"`, `"Internal note: call back"`).
pub fn preview_line(locale: Locale, p: &MessagePreview, me: Option<i64>) -> String {
    let text = if p.text.is_empty() {
        locale.t(Msg::UnsupportedMessage).to_owned()
    } else {
        p.text.clone()
    };
    let prefix = match (&p.visibility, &p.author) {
        (Visibility::Internal, _) => Some(locale.t(Msg::InternalNote).to_owned()),
        (_, Author::Agent { id, .. }) if Some(id.0) == me => Some(locale.t(Msg::You).to_owned()),
        (_, Author::Agent { name, .. }) => Some(name.clone()),
        (_, Author::Ai) => Some(locale.t(Msg::AiAgent).to_owned()),
        (_, Author::Bot) => Some(locale.t(Msg::Bot).to_owned()),
        (_, Author::Contact | Author::System) => None,
    };
    match prefix {
        Some(who) => format!("{who}: {text}"),
        None => text,
    }
}

/// The accessible name of a row: the contact's name first, then the unread count when
/// there is one, the channel, the status and the preview (UI-CONTRACT.md).
pub fn row_label(locale: Locale, c: &ConversationSummary, me: Option<i64>) -> String {
    let mut parts = vec![c.contact.name.clone()];
    if c.unread_count > 0 {
        parts.push(locale.count(Count::Unread, c.unread_count.into()));
    }
    parts.push(locale.t(channel_msg(c.channel)).to_owned());
    parts.push(locale.t(status_msg(c.status)).to_owned());
    if let Some(p) = &c.last_message {
        parts.push(preview_line(locale, p, me));
    }
    parts.join(", ")
}

/// Initials for an avatar without a picture: the first letters of the first two words.
pub fn initials(name: &str) -> String {
    let s: String = name
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .take(2)
        .flat_map(char::to_uppercase)
        .collect();
    if s.is_empty() {
        "?".into()
    } else {
        s
    }
}
