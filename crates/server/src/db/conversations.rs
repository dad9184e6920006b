//! Conversation queries: the newest-activity-first list with keyset paging, one
//! conversation, and marking one read.
//!
//! The list order is `last_activity_at DESC, id DESC`, a total order, so the cursor
//! `"<millis>_<id>"` of the last row of a page resumes exactly after it: paging visits every
//! row once even while rows move (a moved row is seen again at the top, by then as an event).

use super::rows::{self, CONTACT_SELECT, SUMMARY_SELECT};
use crate::events::{self, Hub};
use rusqlite::{params, Connection, OptionalExtension};
use switchboard_protocol::{
    ConversationDetail, ConversationId, ConversationPage, ConversationSummary, Event,
};

/// A position in the list: after the row with this activity time and id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cursor {
    /// `last_activity_at` of the last row seen, in milliseconds.
    pub at_ms: i64,
    /// Id of the last row seen.
    pub id: i64,
}

impl Cursor {
    /// Parses `"<millis>_<id>"`; anything else is `None`.
    pub fn parse(s: &str) -> Option<Cursor> {
        let (at, id) = s.split_once('_')?;
        Some(Cursor {
            at_ms: at.parse().ok()?,
            id: id.parse().ok()?,
        })
    }

    /// The cursor after a row.
    pub fn after(c: &ConversationSummary) -> Cursor {
        Cursor {
            at_ms: c.last_activity_at.timestamp_millis(),
            id: c.id.0,
        }
    }

    /// The opaque wire form.
    pub fn encode(self) -> String {
        format!("{}_{}", self.at_ms, self.id)
    }
}

/// One page of the list, `limit` rows after `cursor`.
pub fn list(
    conn: &Connection,
    limit: u32,
    cursor: Option<Cursor>,
) -> rusqlite::Result<ConversationPage> {
    let total: u32 = conn.query_row("SELECT COUNT(*) FROM conversations", [], |r| r.get(0))?;
    let (at, id) = cursor.map_or((i64::MAX, i64::MAX), |c| (c.at_ms, c.id));
    let sql = format!(
        "{SUMMARY_SELECT} WHERE c.last_activity_at < ?1 OR (c.last_activity_at = ?1 AND c.id < ?2) \
         ORDER BY c.last_activity_at DESC, c.id DESC LIMIT ?3"
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut items = stmt
        .query_map(params![at, id, i64::from(limit) + 1], rows::summary)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let next_cursor = if items.len() > limit as usize {
        items.truncate(limit as usize);
        items.last().map(|c| Cursor::after(c).encode())
    } else {
        None
    };
    Ok(ConversationPage {
        items,
        next_cursor,
        total,
    })
}

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

#[cfg(test)]
mod tests {
    use super::Cursor;

    #[test]
    fn cursors_round_trip_and_refuse_garbage() {
        let c = Cursor {
            at_ms: 1_700_000_000_000,
            id: 42,
        };
        assert_eq!(Cursor::parse(&c.encode()), Some(c));
        assert_eq!(Cursor::parse("garbage"), None);
        assert_eq!(Cursor::parse("1_x"), None);
    }
}
