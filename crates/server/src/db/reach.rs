//! Who can be reached where: a contact's channels, blocking, the messaging window of each
//! channel per conversation, and an email thread's subject.
//!
//! Invariant: a window is open until `closes_at` (no row: open); a customer's message
//! reopens it for [`WINDOW_MS`].

use super::now_ms;
use super::templates;
use crate::error::AppResult;
use rusqlite::{params, Connection, OptionalExtension};
use switchboard_protocol::{Channel, Content, ConversationId};

/// Whether a contact is blocked (only when the schema knows blocking).
pub fn contact_blocked(conn: &Connection, contact: i64) -> AppResult<bool> {
    let has: bool = conn.query_row(
        "SELECT COUNT(*) > 0 FROM pragma_table_info('contacts') WHERE name = 'blocked'",
        [],
        |r| r.get(0),
    )?;
    if !has {
        return Ok(false);
    }
    let b: Option<bool> = conn
        .query_row(
            "SELECT blocked FROM contacts WHERE id = ?1",
            params![contact],
            |r| r.get(0),
        )
        .optional()?;
    Ok(b.unwrap_or(false))
}

/// The channels a contact can be written on: those of its conversations, WhatsApp and
/// Viber with a phone, email with an email, Telegram with a handle.
pub fn contact_channels(conn: &Connection, contact: i64) -> AppResult<Vec<Channel>> {
    let (phone, email, handle): (Option<String>, Option<String>, Option<String>) = conn.query_row(
        "SELECT phone, email, handle FROM contacts WHERE id = ?1",
        params![contact],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let mut stmt =
        conn.prepare("SELECT DISTINCT channel FROM conversations WHERE contact_id = ?1")?;
    let mut out = stmt
        .query_map(params![contact], |r| r.get::<_, String>(0))?
        .map(|c| c.map(|c| Channel::parse(&c)))
        .collect::<rusqlite::Result<Vec<_>>>()?;
    if phone.is_some() {
        out.extend([Channel::Whatsapp, Channel::Viber]);
    }
    if email.is_some() {
        out.push(Channel::Email);
    }
    if handle.is_some() {
        out.push(Channel::Telegram);
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// Whether the channel's messaging window of the conversation has closed. The per-channel
/// table wins; for the conversation's own channel without a row there, the conversation's
/// `window_closes_at` (what the list shows) decides.
pub fn window_closed(conn: &Connection, c: ConversationId, channel: Channel) -> AppResult<bool> {
    if !channel.has_messaging_window() {
        return Ok(false);
    }
    let closes: Option<i64> = conn
        .query_row(
            "SELECT closes_at FROM channel_windows WHERE conversation_id = ?1 AND channel = ?2",
            params![c.0, channel.as_str()],
            |r| r.get(0),
        )
        .optional()?;
    let closes = match closes {
        Some(t) => Some(t),
        None => conn
            .query_row(
                "SELECT window_closes_at FROM conversations WHERE id = ?1 AND channel = ?2",
                params![c.0, channel.as_str()],
                |r| r.get::<_, Option<i64>>(0),
            )
            .optional()?
            .flatten(),
    };
    Ok(closes.is_some_and(|t| t <= now_ms()))
}

/// How long a messaging window stays open after the customer's last message.
pub const WINDOW_MS: i64 = 24 * 3600 * 1000;

/// A customer wrote on `channel`, the conversation's own: its window opens for
/// [`WINDOW_MS`]. Returns when it now closes (`None` for a channel without a window): the
/// list shows the window of the conversation's own channel, and the caller writes it to the
/// conversation's row in the update it makes anyway (`super::inbound`), not in a second one.
/// Statement cached: every inbound message runs it.
pub fn reopen_window(
    conn: &Connection,
    c: ConversationId,
    channel: Channel,
) -> AppResult<Option<i64>> {
    if !channel.has_messaging_window() {
        return Ok(None);
    }
    let closes = now_ms() + WINDOW_MS;
    conn.prepare_cached(
        "INSERT INTO channel_windows (conversation_id, channel, closes_at) VALUES (?1, ?2, ?3) \
         ON CONFLICT(conversation_id, channel) DO UPDATE SET closes_at = excluded.closes_at",
    )?
    .execute(params![c.0, channel.as_str(), closes])?;
    Ok(Some(closes))
}

/// The subject of a reply on an email thread: `Re: <last subject>`.
pub fn last_subject(conn: &Connection, c: ConversationId) -> AppResult<String> {
    let mut stmt = conn.prepare(
        "SELECT content FROM messages WHERE conversation_id = ?1 \
         AND json_extract(content, '$.type') = 'email' ORDER BY id DESC LIMIT 1",
    )?;
    let last: Option<String> = stmt.query_row(params![c.0], |r| r.get(0)).optional()?;
    let subject = match last
        .map(|j| serde_json::from_str::<Content>(&j))
        .transpose()?
    {
        Some(Content::Email { subject, .. }) => subject,
        _ => return Ok(format!("Your message to {}", templates::COMPANY)),
    };
    let re = subject
        .get(..3)
        .is_some_and(|p| p.eq_ignore_ascii_case("re:"));
    Ok(if re {
        subject
    } else {
        format!("Re: {subject}")
    })
}
