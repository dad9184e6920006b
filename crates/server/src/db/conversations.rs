//! One conversation (its list row, its detail) and marking one read. The list itself, with
//! its filters, sorts and keyset cursor, is in [`super::query`].

use super::rows::{self, CONTACT_SELECT, SUMMARY_SELECT};
use crate::events::{self, Hub};
use rusqlite::{params, Connection, OptionalExtension};
use std::sync::LazyLock;
use switchboard_protocol::{ConversationDetail, ConversationId, ConversationSummary, Event};

/// [`SUMMARY_SELECT`] for one id, put together once: [`summary`] runs on every write path
/// (each message's `conversation_updated`), so its statement is prepared once per
/// connection and reused from the statement cache, not parsed again each time.
static SUMMARY_BY_ID: LazyLock<String> =
    LazyLock::new(|| format!("{SUMMARY_SELECT} WHERE c.id = ?1"));

/// One conversation's list row.
pub fn summary(
    conn: &Connection,
    id: ConversationId,
) -> rusqlite::Result<Option<ConversationSummary>> {
    conn.prepare_cached(&SUMMARY_BY_ID)?
        .query_row(params![id.0], rows::summary)
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

#[cfg(test)]
mod tests {
    /// The mentions of a list row are found through the partial index (migration 011),
    /// not by walking the conversation's whole history.
    #[test]
    fn mentions_come_from_the_partial_index() {
        let dir = tempfile::tempdir().unwrap();
        let conn = crate::db::open(&dir.path().join("x.sqlite3")).unwrap();
        let plan = crate::db::query_plan(&conn, &super::SUMMARY_BY_ID, [1]);
        assert!(
            plan.iter()
                .any(|step| step.contains("messages_with_mentions")),
            "{plan:?}"
        );
    }
}
