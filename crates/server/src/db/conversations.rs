//! One conversation (its list row, its detail) and marking one read. The list itself, with
//! its filters, sorts and keyset cursor, is in [`super::query`].

use super::rows::{self, CONTACT_SELECT, SUMMARY_SELECT};
use crate::events::{self, Hub};
use rusqlite::{params, Connection, OptionalExtension};
use switchboard_protocol::{ConversationDetail, ConversationId, ConversationSummary, Event};

/// One conversation's list row.
pub fn summary(
    conn: &Connection,
    id: ConversationId,
) -> rusqlite::Result<Option<ConversationSummary>> {
    conn.query_row(
        &format!("{SUMMARY_SELECT} WHERE c.id = ?1"),
        params![id.0],
        rows::summary,
    )
    .optional()
}

/// One conversation with its full contact.
pub fn detail(
    conn: &Connection,
    id: ConversationId,
) -> rusqlite::Result<Option<ConversationDetail>> {
    let Some(conversation) = summary(conn, id)? else {
        return Ok(None);
    };
    let contact = conn.query_row(
        &format!("{CONTACT_SELECT} WHERE id = ?1"),
        params![conversation.contact.id.0],
        rows::contact,
    )?;
    Ok(Some(ConversationDetail {
        conversation,
        contact,
    }))
}

/// Zeroes the unread count; announces `conversation_updated` only if it changed.
pub fn mark_read(
    conn: &mut Connection,
    hub: &Hub,
    id: ConversationId,
) -> rusqlite::Result<Option<ConversationSummary>> {
    let tx = conn.transaction()?;
    let changed = tx.execute(
        "UPDATE conversations SET unread_count = 0 WHERE id = ?1 AND unread_count <> 0",
        params![id.0],
    )?;
    let Some(conversation) = summary(&tx, id)? else {
        return Ok(None);
    };
    let mut out = Vec::new();
    if changed > 0 {
        let event = Event::ConversationUpdated {
            conversation: conversation.clone(),
        };
        out.push(events::append(&tx, &event, super::now_ms())?);
    }
    tx.commit()?;
    events::publish(hub, out);
    Ok(Some(conversation))
}
