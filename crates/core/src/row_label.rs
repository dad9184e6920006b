//! Words the chat list and the log derive from records: labels of channels and statuses,
//! a row's preview line and its accessible name.

use crate::i18n::{Count, Locale, Msg};
use switchboard_protocol::{
    Author, Channel, ConversationStatus, ConversationSummary, DeliveryStatus, MessagePreview,
    Visibility,
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

/// The accessible name of a row from its record alone (see [`row_label_with`]).
pub fn row_label(locale: Locale, c: &ConversationSummary, me: Option<i64>) -> String {
    row_label_with(locale, c, me, RowExtras::default())
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

/// What kind of message a row's preview shows, for its marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PreviewKind {
    /// The customer wrote it.
    Customer,
    /// We did (an agent, the AI agent or a bot), for the customer.
    Ours,
    /// An internal note.
    Note,
    /// A system notice (an activity entry: status, assignee, tags...).
    System,
}

/// A row's preview in parts, so the row can style who wrote it and mark the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preview {
    /// Who wrote it when it was not the customer (`"You"`, `"Internal note"`, a name).
    pub who: Option<String>,
    /// The text; for a message without text (a picture, a voice note, a location without
    /// a name) the word for an attachment.
    pub text: String,
    /// Whether `text` is that word rather than the message's own.
    pub attachment: bool,
    /// Its kind.
    pub kind: PreviewKind,
}

impl Preview {
    /// The preview as one line (`"You: On its way"`).
    pub fn line(&self) -> String {
        match &self.who {
            Some(who) => format!("{who}: {}", self.text),
            None => self.text.clone(),
        }
    }
}

/// The preview of a row's last message. The preview carries no attachment list: a message
/// without text is, in practice, one with files (or a sticker, a location without a name),
/// so it is worded as an attachment.
pub fn preview(locale: Locale, p: &MessagePreview, me: Option<i64>) -> Preview {
    let attachment = p.text.trim().is_empty();
    let text = if attachment {
        locale.t(Msg::Attachment).to_owned()
    } else {
        p.text.clone()
    };
    let (who, kind) = match (&p.visibility, &p.author) {
        (Visibility::Internal, _) => (
            Some(locale.t(Msg::InternalNote).to_owned()),
            PreviewKind::Note,
        ),
        (_, Author::Agent { id, .. }) if Some(id.0) == me => {
            (Some(locale.t(Msg::You).to_owned()), PreviewKind::Ours)
        }
        (_, Author::Agent { name, .. }) => (Some(name.clone()), PreviewKind::Ours),
        (_, Author::Ai) => (Some(locale.t(Msg::AiAgent).to_owned()), PreviewKind::Ours),
        (_, Author::Bot) => (Some(locale.t(Msg::Bot).to_owned()), PreviewKind::Ours),
        (_, Author::System) => (None, PreviewKind::System),
        (_, Author::Contact) => (None, PreviewKind::Customer),
    };
    Preview {
        who,
        text,
        attachment,
        kind,
    }
}

/// The delivery state of the last message when it is ours and went to the customer
/// (notes and the customer's own messages have none worth showing).
pub fn our_status(p: &MessagePreview) -> Option<&DeliveryStatus> {
    let ours = matches!(p.author, Author::Agent { .. } | Author::Ai | Author::Bot);
    (ours && p.visibility == Visibility::Public).then_some(&p.status)
}

/// The label key of a delivery state.
pub fn delivery_msg(s: &DeliveryStatus) -> Msg {
    match s {
        DeliveryStatus::Sent => Msg::DeliverySent,
        DeliveryStatus::Delivered => Msg::DeliveryDelivered,
        DeliveryStatus::Read => Msg::DeliveryRead,
        DeliveryStatus::Failed { .. } => Msg::DeliveryFailed,
    }
}

/// The tags a row has room for: the first `room`, and how many more there are (`"+2"`).
pub fn tag_chips(tags: &[String], room: usize) -> (&[String], usize) {
    let shown = tags.len().min(room);
    (&tags[..shown], tags.len() - shown)
}

/// What a row knows besides the conversation's record, for its accessible name.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RowExtras<'a> {
    /// The customer is typing.
    pub typing: bool,
    /// The end of the snooze, worded for the agent (`"Mon 09:00"`); shown for a snoozed
    /// conversation only.
    pub snoozed_until: Option<&'a str>,
    /// The assignee's name, when the conversation has one and the name is known.
    pub assignee: Option<&'a str>,
    /// A search is on: a conversation found by a message names that message (as the row
    /// shows it), not the last one.
    pub searching: bool,
}

/// The accessible name of a row with everything it shows: the contact's name first, then
/// the unread count (UI-CONTRACT.md), whether the customer is typing, the channel, the
/// status (and until when it is snoozed), the assignee, the tags, and the preview with
/// the delivery state of our last message (`"You: On its way (Failed)"`), or, while
/// searching, the message the search found it by (`"Found in a message: …parcel…"`).
pub fn row_label_with(
    locale: Locale,
    c: &ConversationSummary,
    me: Option<i64>,
    extras: RowExtras<'_>,
) -> String {
    let mut parts = vec![c.contact.name.clone()];
    if c.unread_count > 0 {
        parts.push(locale.count(Count::Unread, c.unread_count.into()));
    }
    if extras.typing {
        parts.push(locale.t(Msg::Typing).to_owned());
    }
    parts.push(locale.t(channel_msg(c.channel)).to_owned());
    parts.push(locale.t(status_msg(c.status)).to_owned());
    if let (ConversationStatus::Snoozed, Some(when)) = (c.status, extras.snoozed_until) {
        parts.push(locale.until(&when));
    }
    match (c.assignee, extras.assignee) {
        (None, _) => parts.push(locale.t(Msg::Unassigned).to_owned()),
        (Some(_), Some(name)) => parts.push(locale.assigned_to(&name)),
        (Some(_), None) => {}
    }
    if !c.tags.is_empty() {
        parts.push(format!("{}: {}", locale.t(Msg::Tags), c.tags.join(", ")));
    }
    if let Some(m) = c.matched.as_ref().filter(|_| extras.searching) {
        parts.push(format!(
            "{}: {}",
            locale.t(Msg::MatchedInMessage),
            m.excerpt
        ));
    } else if let Some(p) = &c.last_message {
        let line = preview(locale, p, me).line();
        parts.push(match our_status(p) {
            Some(s) => format!("{line} ({})", locale.t(delivery_msg(s))),
            None => line,
        });
    }
    parts.join(", ")
}
