//! Storing messages and a customer's inbound message (which also reopens the channel's
//! messaging window). Reading is in [`super::history`], an agent's send in [`super::send`].
//!
//! Invariants: a message, the conversation's new state and their events are written in one
//! transaction and published after commit, in the order `message_created` then
//! `conversation_updated`; a repeated `client_id` creates nothing and emits nothing.

use super::conversations::summary;
use super::now_ms;
use super::rows::{self, visibility_str};
use crate::error::{AppError, AppResult};
use crate::events::{self, Hub, Published};
use rusqlite::{params, Connection, OptionalExtension};
use switchboard_protocol::{
    Author, Channel, ClientMsgId, Content, ConversationId, DeliveryStatus, Event, Message,
    MessageId, MessagePreview, MessageTranslation, SendMessage, Visibility,
};

/// A message about to be stored.
#[derive(Clone, Debug)]
pub struct NewMessage {
    /// Where.
    pub conversation_id: ConversationId,
    /// The sender's id for idempotency (agent sends only).
    pub client_id: Option<ClientMsgId>,
    /// Who.
    pub author: Author,
    /// Public or internal note.
    pub visibility: Visibility,
    /// What.
    pub content: Content,
    /// Delivery state.
    pub status: DeliveryStatus,
    /// When, in Unix milliseconds.
    pub created_at_ms: i64,
}

fn to_json<T: serde::Serialize>(v: &T) -> rusqlite::Result<String> {
    serde_json::to_string(v).map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))
}

/// Stores a message (no conversation update, no event) and returns it as it will be read.
pub fn insert(conn: &Connection, m: &NewMessage) -> rusqlite::Result<Message> {
    insert_translated(conn, m, None)
}

/// [`insert`] with a stored translation (demo and simulated customer messages).
pub fn insert_translated(
    conn: &Connection,
    m: &NewMessage,
    translation: Option<MessageTranslation>,
) -> rusqlite::Result<Message> {
    // Cached: one of the most frequent statements (and bulk demo data inserts thousands).
    conn.prepare_cached(
        "INSERT INTO messages (conversation_id, client_id, author, visibility, content, status, \
         created_at, translation) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        m.conversation_id.0,
        m.client_id.as_ref().map(|c| c.0.as_str()),
        to_json(&m.author)?,
        visibility_str(m.visibility),
        to_json(&m.content)?,
        to_json(&m.status)?,
        m.created_at_ms,
        translation.as_ref().map(to_json).transpose()?,
    ])?;
    Ok(Message {
        id: MessageId(conn.last_insert_rowid()),
        conversation_id: m.conversation_id,
        client_id: m.client_id.clone(),
        author: m.author.clone(),
        visibility: m.visibility,
        content: m.content.clone(),
        created_at: rows::time(m.created_at_ms),
        status: m.status.clone(),
        channel: None,
        attachments: Vec::new(),
        reply_to: None,
        translation,
        mentions: Vec::new(),
    })
}

/// The preview column value of a message.
pub fn preview_json(m: &Message) -> rusqlite::Result<String> {
    to_json(&MessagePreview::of(m))
}

/// Up to `limit` messages older than `before` (or the latest), oldest first.
pub fn page(
    conn: &Connection,
    id: ConversationId,
    before: Option<MessageId>,
    limit: u32,
) -> AppResult<switchboard_protocol::MessagePage> {
    let q = switchboard_protocol::MessageQuery {
        before,
        ..Default::default()
    };
    super::history::page(conn, id, &q, limit)
}

/// A customer's message: unread +1, unanswered, reopened if closed or snoozed.
pub fn inbound(
    conn: &mut Connection,
    hub: &Hub,
    id: ConversationId,
    text: &str,
) -> AppResult<Message> {
    inbound_translated(conn, hub, id, text, None)
}

/// [`inbound`] with a stored translation (simulated customers).
pub fn inbound_translated(
    conn: &mut Connection,
    hub: &Hub,
    id: ConversationId,
    text: &str,
    translation: Option<MessageTranslation>,
) -> AppResult<Message> {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > SendMessage::MAX_CHARS {
        return Err(AppError::invalid("text must be 1 to 4096 characters"));
    }
    let tx = conn.transaction()?;
    // What the checks need, and no more: the whole list row is read once, by `announce`,
    // after the change.
    let found: Option<(String, bool)> = tx
        .prepare_cached(
            "SELECT c.channel, k.blocked FROM conversations c \
             JOIN contacts k ON k.id = c.contact_id WHERE c.id = ?1",
        )?
        .query_row(params![id.0], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let Some((channel, blocked)) = found else {
        return Err(AppError::not_found("no such conversation"));
    };
    // A blocked contact's messages do not reach the inbox (the channel is told so).
    if blocked {
        return Err(AppError::conflict(
            "the contact is blocked: the message is not delivered to the inbox",
        ));
    }
    let message = insert_translated(
        &tx,
        &NewMessage {
            conversation_id: id,
            client_id: None,
            author: Author::Contact,
            visibility: Visibility::Public,
            content: Content::Text {
                text: text.to_owned(),
            },
            status: DeliveryStatus::Delivered,
            created_at_ms: now_ms(),
        },
        translation,
    )?;
    tx.prepare_cached(
        "UPDATE conversations SET unread_count = unread_count + 1, unanswered = 1, \
         last_message = ?2, last_activity_at = ?3, \
         snoozed_until = CASE WHEN status IN ('closed', 'snoozed') THEN NULL ELSE snoozed_until END, \
         status_since = CASE WHEN status IN ('closed', 'snoozed') THEN ?3 ELSE status_since END, \
         status = CASE WHEN status IN ('closed', 'snoozed') THEN 'open' ELSE status END \
         WHERE id = ?1",
    )?
    .execute(params![id.0, preview_json(&message)?, message.created_at.timestamp_millis()])?;
    super::reach::reopen_window(&tx, id, Channel::parse(&channel))?;
    let out = announce(&tx, &message)?;
    tx.commit()?;
    events::publish(hub, out);
    Ok(message)
}

/// Appends `message_created` then `conversation_updated` for a just-written message. The
/// conversation's row is read once: it is the second event, and it says who may hear of
/// the first (its contact's blocking, its team).
pub fn announce(tx: &Connection, message: &Message) -> AppResult<Vec<Published>> {
    let now = now_ms();
    let created = Event::MessageCreated {
        message: message.clone(),
    };
    let conversation = summary(tx, message.conversation_id)?
        .ok_or_else(|| AppError::internal("conversation vanished in its transaction"))?;
    let created = events::append_about(tx, &created, &conversation, now)?;
    let updated = Event::ConversationUpdated { conversation };
    Ok(vec![created, events::append(tx, &updated, now)?])
}
