//! Reading a conversation's history: pages before, after or around a message, the search
//! inside a conversation, and single messages.
//!
//! Invariant: every message leaving here has freshly signed attachment urls.

use super::rows::{self, MESSAGE_SELECT};
use super::uploads::sign_messages;
use crate::error::{AppError, AppResult};
use rusqlite::{params, Connection, OptionalExtension};
use switchboard_protocol::{
    ConversationId, Message, MessageId, MessagePage, MessageQuery, MessageSearch, SearchHit,
};

/// Most hits a search answers.
pub const MAX_HITS: usize = 500;
/// Characters of context each side of a match in an excerpt.
const CONTEXT: usize = 40;

fn query(conn: &Connection, sql: &str, p: impl rusqlite::Params) -> AppResult<Vec<Message>> {
    let mut stmt = conn.prepare(&format!("{MESSAGE_SELECT} {sql}"))?;
    let mut out = stmt
        .query_map(p, rows::message)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    sign_messages(conn, &mut out)?;
    Ok(out)
}

/// One message, signed.
pub fn load(conn: &Connection, id: MessageId) -> AppResult<Option<Message>> {
    Ok(query(conn, "WHERE id = ?1", params![id.0])?.pop())
}

/// The message of a conversation with this client id, if any.
pub fn by_client_id(conn: &Connection, client_id: &str) -> AppResult<Option<(Message, String)>> {
    let found: Option<(i64, Option<String>)> = conn
        .query_row(
            "SELECT id, request FROM messages WHERE client_id = ?1",
            params![client_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((id, request)) = found else {
        return Ok(None);
    };
    Ok(load(conn, MessageId(id))?.map(|m| (m, request.unwrap_or_default())))
}

fn older(
    conn: &Connection,
    c: ConversationId,
    below: i64,
    n: u32,
) -> AppResult<(Vec<Message>, bool)> {
    let sql = "WHERE conversation_id = ?1 AND id < ?2 ORDER BY id DESC LIMIT ?3";
    let mut items = query(conn, sql, params![c.0, below, i64::from(n) + 1])?;
    let more = items.len() > n as usize;
    items.truncate(n as usize);
    items.reverse();
    Ok((items, more))
}

fn newer(
    conn: &Connection,
    c: ConversationId,
    above: i64,
    n: u32,
) -> AppResult<(Vec<Message>, bool)> {
    let sql = "WHERE conversation_id = ?1 AND id > ?2 ORDER BY id LIMIT ?3";
    let mut items = query(conn, sql, params![c.0, above, i64::from(n) + 1])?;
    let more = items.len() > n as usize;
    items.truncate(n as usize);
    Ok((items, more))
}

/// A page as the query asks (`limit` already checked); an anchor of another conversation
/// is `not_found`, two anchors at once `bad_request`.
pub fn page(
    conn: &Connection,
    c: ConversationId,
    q: &MessageQuery,
    limit: u32,
) -> AppResult<MessagePage> {
    let anchors = [q.before, q.after, q.around].iter().flatten().count();
    if anchors > 1 {
        return Err(AppError::bad_request(
            "give at most one of before, after and around",
        ));
    }
    if let Some(anchor) = q.before.or(q.after).or(q.around) {
        let owner: Option<i64> = conn
            .query_row(
                "SELECT conversation_id FROM messages WHERE id = ?1",
                params![anchor.0],
                |r| r.get(0),
            )
            .optional()?;
        if owner != Some(c.0) {
            return Err(AppError::not_found("no such message in this conversation"));
        }
    }
    let (items, has_more_before, has_more_after) = if let Some(b) = q.before {
        let (items, more) = older(conn, c, b.0, limit)?;
        (items, more, true)
    } else if let Some(a) = q.after {
        let (items, more) = newer(conn, c, a.0, limit)?;
        (items, true, more)
    } else if let Some(m) = q.around {
        let half = limit / 2;
        let (mut items, before) = older(conn, c, m.0, half)?;
        let (after, more) = newer(conn, c, m.0 - 1, limit - half)?;
        items.extend(after);
        (items, before, more)
    } else {
        let (items, more) = older(conn, c, i64::MAX, limit)?;
        (items, more, false)
    };
    // `before`/`after` of an anchor: the anchor itself lies beyond the page.
    Ok(MessagePage {
        items,
        has_more_before,
        has_more_after,
    })
}

/// Case-insensitive search over the texts of a conversation, oldest first: each message's
/// own text, then its stored translation (an agent reading a Russian conversation in
/// English searches the English words the log shows; the excerpt is then the translation's).
pub fn search(conn: &Connection, c: ConversationId, q: &str) -> AppResult<MessageSearch> {
    let needle = q.trim().to_lowercase();
    if needle.is_empty() {
        return Err(AppError::invalid("q must not be empty"));
    }
    let all = query(conn, "WHERE conversation_id = ?1 ORDER BY id", params![c.0])?;
    let mut hits = Vec::new();
    for m in all {
        let own = m.content.text().and_then(|t| excerpt(t, &needle));
        let translated = || {
            m.translation
                .as_ref()
                .and_then(|t| excerpt(&t.text, &needle))
        };
        if let Some(excerpt) = own.or_else(translated) {
            hits.push(SearchHit {
                id: m.id,
                created_at: m.created_at,
                excerpt,
            });
            if hits.len() == MAX_HITS {
                break;
            }
        }
    }
    Ok(MessageSearch { hits })
}

/// The text around the first case-insensitive match of `needle` (lower case).
pub(super) fn excerpt(text: &str, needle: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let lower: Vec<String> = chars.iter().map(|c| c.to_lowercase().collect()).collect();
    let start = (0..chars.len()).find(|&i| {
        let mut joined = String::new();
        for s in &lower[i..] {
            joined.push_str(s);
            if joined.len() >= needle.len() {
                break;
            }
        }
        joined.starts_with(needle)
    })?;
    let from = start.saturating_sub(CONTEXT);
    let to = (start + needle.chars().count() + CONTEXT).min(chars.len());
    let mut out: String = chars[from..to].iter().collect();
    if from > 0 {
        out.insert(0, '…');
    }
    if to < chars.len() {
        out.push('…');
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn excerpts_cut_around_the_match() {
        let text = format!("{}Tracking NUMBER here{}", "a".repeat(60), "b".repeat(60));
        let e = super::excerpt(&text, "number").unwrap();
        assert!(e.starts_with('…') && e.ends_with('…') && e.contains("NUMBER"));
        assert_eq!(
            super::excerpt("Привіт, Олено", "олено").unwrap(),
            "Привіт, Олено"
        );
        assert!(super::excerpt("hello", "bye").is_none());
    }
}
