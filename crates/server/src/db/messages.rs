//! Messages: paging a conversation's history, an agent sending (idempotent on
//! `client_id`), and a customer's inbound message.
//!
//! Invariants: a message, the conversation's new state and their events are written in one
//! transaction and published after commit, in the order `message_created` then
//! `conversation_updated`; a repeated `client_id` creates nothing and emits nothing.

use super::conversations::summary;
use super::now_ms;
use super::rows::{self, visibility_str, MESSAGE_SELECT};
use crate::error::{AppError, AppResult};
use crate::events::{self, Hub, Published};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use switchboard_protocol::{
    Agent, Author, ClientMsgId, Content, ConversationId, DeliveryStatus, Event, Message, MessageId,
    MessagePage, MessagePreview, SendMessage, Visibility,
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
    conn.execute(
        "INSERT INTO messages (conversation_id, client_id, author, visibility, content, status, \
         created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            m.conversation_id.0,
            m.client_id.as_ref().map(|c| c.0.as_str()),
            to_json(&m.author)?,
            visibility_str(m.visibility),
            to_json(&m.content)?,
            to_json(&m.status)?,
            m.created_at_ms,
        ],
    )?;
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
        translation: None,
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
) -> rusqlite::Result<MessagePage> {
    let sql = format!(
        "{MESSAGE_SELECT} WHERE conversation_id = ?1 AND id < ?2 ORDER BY id DESC LIMIT ?3"
    );
    let mut stmt = conn.prepare(&sql)?;
    let before = before.map_or(i64::MAX, |b| b.0);
    let mut items = stmt
        .query_map(params![id.0, before, i64::from(limit) + 1], rows::message)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let has_more_before = items.len() > limit as usize;
    items.truncate(limit as usize);
    items.reverse();
    Ok(MessagePage {
        items,
        has_more_before,
        has_more_after: false,
    })
}

/// Checks a send body; the trimmed text on success.
pub fn validate(body: &SendMessage) -> AppResult<String> {
    if !body.client_id.is_valid() {
        return Err(AppError::invalid(
            "client_id must be 1-64 characters of [A-Za-z0-9-_]",
        ));
    }
    let text = body.text.trim();
    if text.is_empty() || text.chars().count() > SendMessage::MAX_CHARS {
        return Err(AppError::invalid("text must be 1 to 4096 characters"));
    }
    Ok(text.to_owned())
}

/// An agent's message. `Ok((message, true))` when created, `(message, false)` when the
/// `client_id` was already used for the very same message.
pub fn send(
    conn: &mut Connection,
    hub: &Hub,
    agent: &Agent,
    id: ConversationId,
    body: &SendMessage,
) -> AppResult<(Message, bool)> {
    let text = validate(body)?;
    let tx = conn.transaction()?;
    if summary(&tx, id)?.is_none() {
        return Err(AppError::not_found("no such conversation"));
    }
    let existing = tx
        .query_row(
            &format!("{MESSAGE_SELECT} WHERE client_id = ?1"),
            params![body.client_id.0],
            rows::message,
        )
        .optional()?;
    if let Some(m) = existing {
        let same = m.conversation_id == id
            && m.visibility == body.visibility
            && m.content == (Content::Text { text });
        return if same {
            Ok((m, false))
        } else {
            Err(AppError::conflict(
                "client_id was already used for another message",
            ))
        };
    }
    let message = insert(
        &tx,
        &NewMessage {
            conversation_id: id,
            client_id: Some(body.client_id.clone()),
            author: Author::Agent {
                id: agent.id,
                name: agent.name.clone(),
            },
            visibility: body.visibility,
            content: Content::Text { text },
            status: DeliveryStatus::Sent,
            created_at_ms: now_ms(),
        },
    )?;
    let sql = match body.visibility {
        Visibility::Public => {
            "UPDATE conversations SET unanswered = 0, unread_count = 0, last_message = ?2, \
             last_activity_at = ?3 WHERE id = ?1"
        }
        Visibility::Internal => {
            "UPDATE conversations SET last_message = ?2, last_activity_at = ?3 WHERE id = ?1"
        }
    };
    let at = message.created_at.timestamp_millis();
    tx.execute(sql, params![id.0, preview_json(&message)?, at])?;
    let out = announce(&tx, &message)?;
    tx.commit()?;
    events::publish(hub, out);
    Ok((message, true))
}

/// A customer's message: unread +1, unanswered, reopened if closed or snoozed.
pub fn inbound(
    conn: &mut Connection,
    hub: &Hub,
    id: ConversationId,
    text: &str,
) -> AppResult<Message> {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > SendMessage::MAX_CHARS {
        return Err(AppError::invalid("text must be 1 to 4096 characters"));
    }
    let tx = conn.transaction()?;
    if summary(&tx, id)?.is_none() {
        return Err(AppError::not_found("no such conversation"));
    }
    let message = insert(
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
    )?;
    tx.execute(
        "UPDATE conversations SET unread_count = unread_count + 1, unanswered = 1, \
         last_message = ?2, last_activity_at = ?3, \
         snoozed_until = CASE WHEN status IN ('closed', 'snoozed') THEN NULL ELSE snoozed_until END, \
         status = CASE WHEN status IN ('closed', 'snoozed') THEN 'open' ELSE status END \
         WHERE id = ?1",
        params![id.0, preview_json(&message)?, message.created_at.timestamp_millis()],
    )?;
    let out = announce(&tx, &message)?;
    tx.commit()?;
    events::publish(hub, out);
    Ok(message)
}

/// Appends `message_created` then `conversation_updated` for a just-written message.
fn announce(tx: &Transaction<'_>, message: &Message) -> AppResult<Vec<Published>> {
    let now = now_ms();
    let created = Event::MessageCreated {
        message: message.clone(),
    };
    let conversation = summary(tx, message.conversation_id)?
        .ok_or_else(|| AppError::internal("conversation vanished in its transaction"))?;
    let updated = Event::ConversationUpdated { conversation };
    Ok(vec![
        events::append(tx, &created, now)?,
        events::append(tx, &updated, now)?,
    ])
}
