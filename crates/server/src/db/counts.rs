//! `GET /conversations/counts`: per status tab and per mailbox, with the list's own
//! `WHERE` (status ignored), so each count equals the matching list's `total`.
//!
//! Invariant: the `blocked` mailbox is listed only for agents with `view_blocked` and only
//! while at least one contact is blocked.

use super::query::{build, Scope, Where};
use crate::error::AppResult;
use rusqlite::{params_from_iter, Connection};
use switchboard_protocol::{ConversationQuery, ConversationStatus, Mailbox};

fn count(conn: &Connection, w: &Where, extra: &str) -> AppResult<u32> {
    let sql = format!(
        "SELECT COUNT(*) FROM conversations c JOIN contacts k ON k.id = c.contact_id \
         WHERE {} {extra}",
        w.sql()
    );
    Ok(conn.query_row(&sql, params_from_iter(w.args.iter()), |r| r.get(0))?)
}

/// Counts per status tab and per mailbox for `q` (its status and paging ignored).
pub fn counts(
    conn: &Connection,
    scope: &Scope,
    q: &ConversationQuery,
) -> AppResult<switchboard_protocol::ConversationCounts> {
    let w = build(conn, scope, q.mailbox, &q.filter, false)?;
    let mut out = switchboard_protocol::ConversationCounts {
        all: count(conn, &w, "")?,
        unread: count(conn, &w, "AND c.unread_count > 0")?,
        ..Default::default()
    };
    for st in [
        ConversationStatus::Open,
        ConversationStatus::InProgress,
        ConversationStatus::Closed,
        ConversationStatus::Snoozed,
    ] {
        let n = count(conn, &w, &format!("AND c.status = '{}'", st.as_str()))?;
        match st {
            ConversationStatus::Open => out.open = n,
            ConversationStatus::InProgress => out.in_progress = n,
            ConversationStatus::Closed => out.closed = n,
            _ => out.snoozed = n,
        }
    }
    let mut boxes = vec![
        Mailbox::All,
        Mailbox::Mine,
        Mailbox::Unassigned,
        Mailbox::Mentions,
    ];
    let mut stmt = conn.prepare("SELECT id FROM teams ORDER BY id")?;
    let teams = stmt.query_map([], |r| r.get(0))?;
    for t in teams {
        boxes.push(Mailbox::Team(switchboard_protocol::TeamId(t?)));
    }
    for v in super::views::visible(conn, scope)? {
        boxes.push(Mailbox::View(v.id));
    }
    let any_blocked: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM contacts WHERE blocked = 1)",
        [],
        |r| r.get(0),
    )?;
    if scope.perms.view_blocked && any_blocked {
        boxes.push(Mailbox::Blocked);
    }
    for m in boxes {
        let w = build(conn, scope, m, &q.filter, false)?;
        out.mailboxes.insert(m.to_string(), count(conn, &w, "")?);
    }
    Ok(out)
}
