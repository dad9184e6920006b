//! Storing messages and announcing them. Reading is in [`super::history`], an agent's send
//! in [`super::send`], a customer's inbound message in [`super::inbound`].
//!
//! Invariants: a message, the conversation's new state and their events are written in one
//! transaction and published after commit, in the order `message_created` then
//! `conversation_updated`; a repeated `client_id` creates nothing and emits nothing.

use super::conversations::summary;
use super::now_ms;
use super::rows::{self, visibility_str};
use crate::error::{AppError, AppResult};
use crate::events::{self, Published};
use rusqlite::{params, Connection};
use switchboard_protocol::{
    Author, ClientMsgId, Content, ConversationId, DeliveryStatus, Event, Message, MessageId,
    MessagePreview, MessageTranslation, Visibility,
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
