//! Sending an agent's message: idempotency, storing what [`super::compose`] checked, and
//! the events.
//!
//! Invariants: the message, the conversation's new state and their events are written in
//! one transaction (published after commit: `message_created`, `conversation_updated`,
//! then one `mention` per agent); a repeated `client_id` with the same body answers the
//! first message and writes nothing, with another body it is a `conflict`.

pub use super::compose::{compose, Composed};
use super::conversations::summary;
use super::messages::{announce, insert, preview_json};
use super::{history, now_ms};
use crate::error::{AppError, AppResult};
use crate::events::{self, Hub, Published};
use rusqlite::{params, Connection};
use switchboard_protocol::{Agent, ConversationId, Event, Message, SendMessage, Visibility};

/// Stores a composed message, updates its conversation and appends the events.
pub fn store(
    conn: &Connection,
    mut c: Composed,
    request: String,
) -> AppResult<(Message, Vec<Published>)> {
    c.request = request;
    let id = insert(conn, &c.new)?.id;
    let public = c.new.visibility == Visibility::Public;
    conn.execute(
        "UPDATE messages SET channel = ?2, attachments = ?3, reply_to = ?4, translation = ?5, \
         mentions = ?6, request = ?7, status_at = ?8 WHERE id = ?1",
        params![
            id.0,
            c.channel.as_str(),
            serde_json::to_string(&c.attachments)?,
            c.reply_to.as_ref().map(serde_json::to_string).transpose()?,
            c.translation
                .as_ref()
                .map(serde_json::to_string)
                .transpose()?,
            serde_json::to_string(&c.body.mentions)?,
            c.request,
            public.then_some(c.new.created_at_ms),
        ],
    )?;
    let message = history::load(conn, id)?.ok_or_else(|| AppError::internal("message vanished"))?;
    let sql = if public {
        "UPDATE conversations SET unanswered = 0, unread_count = 0, last_message = ?2, \
         last_activity_at = ?3 WHERE id = ?1"
    } else {
        "UPDATE conversations SET last_message = ?2, last_activity_at = ?3 WHERE id = ?1"
    };
    conn.execute(
        sql,
        params![
            message.conversation_id.0,
            preview_json(&message)?,
            c.new.created_at_ms
        ],
    )?;
    let mut out = announce(conn, &message)?;
    for agent_id in &message.mentions {
        let e = Event::Mention {
            conversation_id: message.conversation_id,
            message_id: message.id,
            agent_id: *agent_id,
        };
        out.push(events::append(conn, &e, now_ms())?);
    }
    Ok((message, out))
}

/// The first message sent with this client id, if the body is the same; `conflict` if not.
pub fn repeat(conn: &Connection, body: &SendMessage, request: &str) -> AppResult<Option<Message>> {
    match history::by_client_id(conn, &body.client_id.0)? {
        None => Ok(None),
        Some((m, first)) if first == request => Ok(Some(m)),
        Some(_) => Err(AppError::conflict(
            "client_id was already used for another message",
        )),
    }
}

/// An agent's message. `(message, true)` when created, `(message, false)` on a repeat.
pub fn send(
    conn: &mut Connection,
    hub: &Hub,
    agent: &Agent,
    id: ConversationId,
    body: &SendMessage,
) -> AppResult<(Message, bool)> {
    let request = format!("{}:{}", id.0, serde_json::to_string(body)?);
    let tx = conn.transaction()?;
    let conv = summary(&tx, id)?.ok_or_else(|| AppError::not_found("no such conversation"))?;
    if let Some(m) = repeat(&tx, body, &request)? {
        return Ok((m, false));
    }
    let composed = compose(&tx, agent, &conv, body)?;
    let (message, out) = store(&tx, composed, request)?;
    tx.commit()?;
    events::publish(hub, out);
    Ok((message, true))
}
