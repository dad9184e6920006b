//! The simulated network's delivery receipts, and retrying a failed message.
//!
//! Invariants: only messages with `status_at` set move (agents' public messages sent
//! through the API); a status only moves forward (sent → delivered → read, or sent →
//! failed) until a retry puts a failed one back to sent; each move writes the message and,
//! when it is the conversation's last message, the conversation's preview, with
//! `message_updated` (then `conversation_updated`) in the same transaction.

use super::conversations::summary;
use super::messages::preview_json;
use super::{history, now_ms};
use crate::error::{AppError, AppResult};
use crate::events::{self, Hub, Published};
use rusqlite::{params, Connection, OptionalExtension};
use switchboard_protocol::{ConversationId, DeliveryStatus, Event, Message, MessageId};

/// How long after sending a message is delivered, and after that read, in milliseconds.
#[derive(Clone, Copy, Debug)]
pub struct Timing {
    /// Sent → delivered (or failed).
    pub deliver_ms: i64,
    /// Delivered → read.
    pub read_ms: i64,
}

impl Default for Timing {
    fn default() -> Self {
        Timing {
            deliver_ms: 1000,
            read_ms: 2000,
        }
    }
}

fn set_status(
    conn: &Connection,
    id: MessageId,
    status: &DeliveryStatus,
    tracked: bool,
) -> AppResult<Vec<Published>> {
    let now = now_ms();
    conn.execute(
        "UPDATE messages SET status = ?2, status_at = ?3 WHERE id = ?1",
        params![id.0, serde_json::to_string(status)?, tracked.then_some(now)],
    )?;
    let message: Message =
        history::load(conn, id)?.ok_or_else(|| AppError::internal("message vanished"))?;
    let mut out = vec![events::append(
        conn,
        &Event::MessageUpdated {
            message: message.clone(),
        },
        now,
    )?];
    let preview: Option<String> = conn
        .query_row(
            "SELECT last_message FROM conversations WHERE id = ?1",
            params![message.conversation_id.0],
            |r| r.get(0),
        )
        .optional()?
        .flatten();
    let is_last = preview
        .and_then(|p| serde_json::from_str::<serde_json::Value>(&p).ok())
        .and_then(|v| v.get("id").and_then(|i| i.as_i64()))
        == Some(id.0);
    if is_last {
        conn.execute(
            "UPDATE conversations SET last_message = ?2 WHERE id = ?1",
            params![message.conversation_id.0, preview_json(&message)?],
        )?;
        let conversation = summary(conn, message.conversation_id)?
            .ok_or_else(|| AppError::internal("conversation vanished"))?;
        out.push(events::append(
            conn,
            &Event::ConversationUpdated { conversation },
            now,
        )?);
    }
    Ok(out)
}

/// Moves every message that is due one step; publishes after commit.
pub fn tick(conn: &mut Connection, hub: &Hub, timing: Timing) -> AppResult<usize> {
    let now = now_ms();
    let tx = conn.transaction()?;
    let due: Vec<(i64, String, Option<String>)> = {
        let mut stmt = tx.prepare(
            "SELECT m.id, m.status, f.reason FROM messages m \
             JOIN conversations c ON c.id = m.conversation_id \
             LEFT JOIN delivery_failures f ON f.contact_id = c.contact_id \
             WHERE m.status_at IS NOT NULL AND ( \
               (json_extract(m.status, '$.state') = 'sent' AND m.status_at <= ?1) OR \
               (json_extract(m.status, '$.state') = 'delivered' AND m.status_at <= ?2)) \
             ORDER BY m.id",
        )?;
        let rows = stmt.query_map(
            params![now - timing.deliver_ms, now - timing.read_ms],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        rows.collect::<rusqlite::Result<Vec<_>>>()?
    };
    let mut out = Vec::new();
    for (id, status, failure) in &due {
        let status: DeliveryStatus = serde_json::from_str(status)?;
        let (next, tracked) = match (status, failure) {
            (DeliveryStatus::Sent, Some(reason)) => (
                DeliveryStatus::Failed {
                    reason: reason.clone(),
                },
                false,
            ),
            (DeliveryStatus::Sent, None) => (DeliveryStatus::Delivered, true),
            _ => (DeliveryStatus::Read, false),
        };
        out.extend(set_status(&tx, MessageId(*id), &next, tracked)?);
    }
    tx.commit()?;
    events::publish(hub, out);
    Ok(due.len())
}

/// Sends a failed message again: back to `sent` (and into the simulator); `conflict` when
/// it has not failed.
pub fn retry(
    conn: &mut Connection,
    hub: &Hub,
    c: ConversationId,
    id: MessageId,
) -> AppResult<Message> {
    let tx = conn.transaction()?;
    let m = history::load(&tx, id)?
        .filter(|m| m.conversation_id == c)
        .ok_or_else(|| AppError::not_found("no such message in this conversation"))?;
    if !matches!(m.status, DeliveryStatus::Failed { .. }) {
        return Err(AppError::conflict("only a failed message can be retried"));
    }
    let out = set_status(&tx, id, &DeliveryStatus::Sent, true)?;
    let message = history::load(&tx, id)?.ok_or_else(|| AppError::internal("message vanished"))?;
    tx.commit()?;
    events::publish(hub, out);
    Ok(message)
}
