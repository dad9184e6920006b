//! Finding a client by name, phone digits, email, external id or messenger username.

use super::reach::{contact_blocked, contact_channels};
use crate::error::{AppError, AppResult};
use rusqlite::{params, Connection, OptionalExtension};
use switchboard_protocol::{
    Channel, ContactBrief, ContactMatch, ContactSearch, ConversationId, MatchedBy,
};

/// Most results of a search.
pub const MAX_RESULTS: usize = 20;

pub(crate) fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

fn has_column(conn: &Connection, table: &str, column: &str) -> AppResult<bool> {
    Ok(conn.query_row(
        "SELECT COUNT(*) > 0 FROM pragma_table_info(?1) WHERE name = ?2",
        params![table, column],
        |r| r.get(0),
    )?)
}

/// The newest conversation of a contact that is not closed.
pub fn open_conversation(
    conn: &Connection,
    contact: i64,
) -> AppResult<Option<(ConversationId, Channel)>> {
    Ok(conn
        .query_row(
            "SELECT id, channel FROM conversations WHERE contact_id = ?1 AND status != 'closed' \
             ORDER BY id DESC LIMIT 1",
            params![contact],
            |r| {
                Ok((
                    ConversationId(r.get(0)?),
                    Channel::parse(&r.get::<_, String>(1)?),
                ))
            },
        )
        .optional()?)
}

/// Contacts matching `q` by name, phone digits, email, external id or messenger username;
/// exact matches first, then prefixes, then anywhere.
pub fn search(conn: &Connection, q: &str) -> AppResult<ContactSearch> {
    let q = q.trim().to_lowercase();
    if q.is_empty() {
        return Err(AppError::invalid("q must not be empty"));
    }
    let external = has_column(conn, "contacts", "external_id")?;
    let sql = format!(
        "SELECT id, name, avatar_url, phone, email, handle, {} FROM contacts ORDER BY name, id",
        if external { "external_id" } else { "NULL" }
    );
    let mut stmt = conn.prepare(&sql)?;
    type Row = (
        i64,
        String,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
    );
    let all = stmt
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<Row>>>()?;
    let q_digits = digits(&q);
    let q_user = q.trim_start_matches('@');
    let rank = |hay: &str, needle: &str| -> Option<u8> {
        let hay = hay.to_lowercase();
        if needle.is_empty() {
            None
        } else if hay == needle {
            Some(0)
        } else if hay.starts_with(needle) {
            Some(1)
        } else {
            hay.contains(needle).then_some(2)
        }
    };
    let mut found = Vec::new();
    for (id, name, avatar, phone, email, handle, ext) in all {
        let phone_rank = (q_digits.len() >= 3 && q_digits.len() * 2 >= q.len())
            .then(|| phone.as_deref().and_then(|p| rank(&digits(p), &q_digits)))
            .flatten();
        let best = [
            (rank(&name, &q), MatchedBy::Name),
            (phone_rank, MatchedBy::Phone),
            (email.as_deref().and_then(|e| rank(e, &q)), MatchedBy::Email),
            (
                ext.as_deref().and_then(|e| rank(e, &q)),
                MatchedBy::ExternalId,
            ),
            (
                handle
                    .as_deref()
                    .and_then(|h| rank(h.trim_start_matches('@'), q_user)),
                MatchedBy::Username,
            ),
        ]
        .into_iter()
        .filter_map(|(r, by)| r.map(|r| (r, by)))
        .min_by_key(|(r, _)| *r);
        if let Some((r, by)) = best {
            found.push((r, id, name, avatar, by));
        }
    }
    found.sort_by_key(|(r, id, ..)| (*r, *id));
    let mut items = Vec::new();
    for (_, id, name, avatar_url, matched_by) in found.into_iter().take(MAX_RESULTS) {
        items.push(ContactMatch {
            contact: ContactBrief {
                id: switchboard_protocol::ContactId(id),
                name,
                avatar_url,
            },
            matched_by,
            channels: contact_channels(conn, id)?,
            open_conversation: open_conversation(conn, id)?.map(|(c, _)| c),
            blocked: contact_blocked(conn, id)?,
        });
    }
    Ok(ContactSearch { items })
}
