//! `GET /conversations/counts`: per status tab and per mailbox, with the list's own
//! `WHERE` (status ignored), so each count equals the matching list's `total`.
//!
//! Invariant: the `blocked` mailbox is listed only for agents with `view_blocked` and only
//! while at least one contact is blocked.

use super::query::{build, Scope, Where};
use crate::error::AppResult;
use rusqlite::{params_from_iter, Connection};
use switchboard_protocol::{ConversationQuery, ConversationStatus, Mailbox};

/// Counts of one scan: each figure is `COUNT(*) FILTER (WHERE …)` over the list's rows,
/// so every tab and mailbox costs one condition per row, not a pass of its own (twelve
/// passes over 10,000 conversations took 30-50 ms, holding the one connection that every
/// other request waits for).
#[derive(Default)]
struct Scan {
    filters: Vec<String>,
    args: Vec<rusqlite::types::Value>,
}

impl Scan {
    /// Adds the figure of rows matching `w` and `extra`; returns its place in the answer.
    fn add(&mut self, w: &Where, extra: &str) -> usize {
        self.filters
            .push(format!("COUNT(*) FILTER (WHERE ({}) {extra})", w.sql()));
        self.args.extend(w.args.iter().cloned());
        self.filters.len() - 1
    }

    /// Runs the scan: one figure per [`Scan::add`], in order.
    fn run(self, conn: &Connection) -> AppResult<Vec<u32>> {
        let sql = format!(
            "SELECT {} FROM conversations c JOIN contacts k ON k.id = c.contact_id",
            self.filters.join(", ")
        );
        let n = self.filters.len();
        Ok(
            conn.query_row(&sql, params_from_iter(self.args.iter()), |r| {
                (0..n).map(|i| r.get(i)).collect::<Result<Vec<u32>, _>>()
            })?,
        )
    }
}

/// Counts per status tab and per mailbox for `q` (its status and paging ignored).
pub fn counts(
    conn: &Connection,
    scope: &Scope,
    q: &ConversationQuery,
) -> AppResult<switchboard_protocol::ConversationCounts> {
    let w = build(conn, scope, q.mailbox, &q.filter, false)?;
    let mut scan = Scan::default();
    let all = scan.add(&w, "");
    let unread = scan.add(&w, "AND c.unread_count > 0");
    let statuses = [
        ConversationStatus::Open,
        ConversationStatus::InProgress,
        ConversationStatus::Closed,
        ConversationStatus::Snoozed,
    ]
    .map(|st| scan.add(&w, &format!("AND c.status = '{}'", st.as_str())));
    let mut boxes = vec![
        Mailbox::All,
        Mailbox::Mine,
        Mailbox::Unassigned,
        Mailbox::Mentions,
    ];
    let mut stmt = conn.prepare_cached("SELECT id FROM teams ORDER BY id")?;
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
    let mut places = Vec::with_capacity(boxes.len());
    for m in boxes {
        let w = build(conn, scope, m, &q.filter, false)?;
        places.push((m, scan.add(&w, ""), scan.add(&w, "AND c.unread_count > 0")));
    }
    let figures = scan.run(conn)?;
    let [open, in_progress, closed, snoozed] = statuses.map(|i| figures[i]);
    Ok(switchboard_protocol::ConversationCounts {
        all: figures[all],
        unread: figures[unread],
        open,
        in_progress,
        closed,
        snoozed,
        mailboxes: places
            .iter()
            .map(|(m, i, _)| (m.to_string(), figures[*i]))
            .collect(),
        unread_mailboxes: places
            .iter()
            .map(|(m, _, u)| (m.to_string(), figures[*u]))
            .collect(),
    })
}
