//! A customer's inbound message (`POST /inbound`, the simulated customers): the message,
//! the conversation's new state (unread +1, unanswered, reopened if closed or snoozed, its
//! messaging window open again) and its two events, written in the caller's transaction by
//! [`store`]; [`inbound`] is one message in a transaction of its own, and
//! `crate::group_commit` writes the messages waiting together in one.
//!
//! Invariants (as for every message, see [`super::messages`]): the message, the
//! conversation's new state and its events are written in one transaction and published
//! after its commit, `message_created` then `conversation_updated`.
//!
//! Pages: every page a message changes is appended to the WAL at commit, so the writes are
//! kept to the columns that change. The conversation's row is updated once (its window's
//! closing time with the rest), and its status columns only when it was closed or snoozed:
//! assigning `status_since`, even to its own value, rewrites its index entry
//! (`conversations_by_status_since`), a page more per message.

use super::messages::{announce, insert_translated, preview_json, NewMessage};
use super::now_ms;
use crate::error::{AppError, AppResult};
use crate::events::{self, Hub, Published};
use rusqlite::{params, Connection, OptionalExtension};
use switchboard_protocol::{
    Author, Channel, Content, ConversationId, DeliveryStatus, Message, MessageTranslation,
    SendMessage, Visibility,
};

/// A customer's message, in a transaction of its own.
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
    check_text(text)?;
    let tx = conn.transaction()?;
    let (message, out) = store(&tx, id, text, translation)?;
    tx.commit()?;
    events::publish(hub, out);
    Ok(message)
}

/// Refuses an empty text (once trimmed) or one over [`SendMessage::MAX_CHARS`].
pub fn check_text(text: &str) -> AppResult<()> {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > SendMessage::MAX_CHARS {
        return Err(AppError::invalid("text must be 1 to 4096 characters"));
    }
    Ok(())
}

/// Writes a customer's message (`text` trimmed) and the conversation's new state in the
/// caller's transaction, and returns it with its events, to publish once that transaction
/// has committed. An unknown conversation is a 404, a blocked contact's a 409 (the channel
/// is told that the message did not reach the inbox); either leaves the store unchanged.
pub fn store(
    tx: &Connection,
    id: ConversationId,
    text: &str,
    translation: Option<MessageTranslation>,
) -> AppResult<(Message, Vec<Published>)> {
    check_text(text)?;
    // What the checks and the update need, and no more: the whole list row is read once,
    // by `announce`, after the change.
    let found: Option<(String, String, bool)> = tx
        .prepare_cached(
            "SELECT c.channel, c.status, k.blocked FROM conversations c \
             JOIN contacts k ON k.id = c.contact_id WHERE c.id = ?1",
        )?
        .query_row(params![id.0], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    let Some((channel, status, blocked)) = found else {
        return Err(AppError::not_found("no such conversation"));
    };
    if blocked {
        return Err(AppError::conflict(
            "the contact is blocked: the message is not delivered to the inbox",
        ));
    }
    let message = insert_translated(
        tx,
        &NewMessage {
            conversation_id: id,
            client_id: None,
            author: Author::Contact,
            visibility: Visibility::Public,
            content: Content::Text {
                text: text.trim().to_owned(),
            },
            status: DeliveryStatus::Delivered,
            created_at_ms: now_ms(),
        },
        translation,
    )?;
    let at = message.created_at.timestamp_millis();
    let window = super::reach::reopen_window(tx, id, Channel::parse(&channel))?;
    tx.prepare_cached(
        "UPDATE conversations SET unread_count = unread_count + 1, unanswered = 1, \
         last_message = ?2, last_activity_at = ?3, \
         window_closes_at = coalesce(?4, window_closes_at) WHERE id = ?1",
    )?
    .execute(params![id.0, preview_json(&message)?, at, window])?;
    if matches!(status.as_str(), "closed" | "snoozed") {
        tx.prepare_cached(
            "UPDATE conversations SET status = 'open', status_since = ?2, snoozed_until = NULL \
             WHERE id = ?1",
        )?
        .execute(params![id.0, at])?;
    }
    let out = announce(tx, &message)?;
    Ok((message, out))
}
