//! The chat list query: mailbox, filters, search and sort turned into one SQL `WHERE`, a
//! keyset cursor per sort, and the counts per status tab and mailbox.
//!
//! Invariants:
//! - every list, count and lookup goes through [`Scope`], which hides blocked contacts'
//!   conversations from agents without `view_blocked`;
//! - each sort is a total order (`key, id` in one direction), and the cursor carries the
//!   sort's name, its key and the id of the last row, so a page resumes exactly after that
//!   row; a cursor of another sort is refused (400); one of another filter simply continues
//!   the keyset of the new filter;
//! - counts (`super::counts`) use the same `WHERE` as the list (status ignored), so a tab's
//!   count equals the list's `total` for that tab.

use super::rows::{self, SUMMARY_SELECT};
use crate::error::{AppError, AppResult};
use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection, OptionalExtension};
use switchboard_protocol::{
    Agent, ConversationFilter, ConversationId, ConversationPage, ConversationQuery, Mailbox,
    MatchedMessage, MessageId, Permissions, Sort, TeamId,
};

/// Who is asking: the rows and mailboxes they may see follow from it.
#[derive(Clone, Debug)]
pub struct Scope {
    /// The agent.
    pub agent: Agent,
    /// Their permissions.
    pub perms: Permissions,
    /// A session opened at a kiosk desk sees only this team's conversations (every list,
    /// count and lookup, through [`build`] and [`Scope::sees`]).
    pub desk_team: Option<TeamId>,
}

impl Scope {
    /// The scope of an agent (not at a desk).
    pub fn of(agent: Agent) -> Scope {
        Scope::at(agent, None)
    }

    /// The scope of an agent's session, at the desk of `desk_team` if any.
    pub fn at(agent: Agent, desk_team: Option<TeamId>) -> Scope {
        let perms = Permissions::of(agent.role);
        Scope {
            agent,
            perms,
            desk_team,
        }
    }

    /// Whether this scope may see the conversation `c` (the row-level half of [`build`]).
    pub fn sees(&self, c: &switchboard_protocol::ConversationSummary) -> bool {
        (self.perms.view_blocked || !c.contact_blocked)
            && self.desk_team.is_none_or(|t| c.team == Some(t))
    }
}

/// A `WHERE` clause under construction with its positional parameters.
#[derive(Default)]
pub(super) struct Where {
    parts: Vec<String>,
    pub(super) args: Vec<Value>,
}

impl Where {
    fn push(&mut self, sql: &str, args: impl IntoIterator<Item = Value>) {
        self.parts.push(sql.to_owned());
        self.args.extend(args);
    }

    fn marks(n: usize) -> String {
        vec!["?"; n].join(",")
    }

    pub(super) fn sql(&self) -> String {
        if self.parts.is_empty() {
            "1".into()
        } else {
            self.parts.join(" AND ")
        }
    }
}

/// Registers `fold(text)`: Unicode lower case (NULL stays NULL), so search ignores case in
/// every script, not only ASCII as SQLite's `LIKE` does.
pub fn register_fold(conn: &Connection) -> rusqlite::Result<()> {
    use rusqlite::functions::FunctionFlags;
    conn.create_scalar_function(
        "fold",
        1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| Ok(ctx.get::<Option<String>>(0)?.map(|s| s.to_lowercase())),
    )
}

/// `%`, `_` and `\` escaped for `LIKE ... ESCAPE '\'`, wrapped in `%`.
fn like(q: &str) -> String {
    let mut out = String::from("%");
    for ch in q.chars() {
        if matches!(ch, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(ch);
    }
    out.push('%');
    out
}

/// The search (`q`, five `?`: one `LIKE` pattern) finds the conversation by its contact
/// (name, phone, email, external id such as `CUS-10209`) or a tag.
const BY_CONTACT_OR_TAG: &str =
    "(fold(k.name) LIKE ? ESCAPE '\\' OR fold(k.phone) LIKE ? ESCAPE '\\' \
    OR fold(k.email) LIKE ? ESCAPE '\\' OR fold(k.external_id) LIKE ? ESCAPE '\\' \
    OR EXISTS (SELECT 1 FROM json_each(c.tags) t WHERE fold(t.value) LIKE ? ESCAPE '\\'))";

/// Message `m` matches the search (two `?`): its text, or its stored translation (what an
/// agent reading the conversation in their language sees).
const MESSAGE_MATCHES: &str = "(fold(json_extract(m.content, '$.text')) LIKE ? ESCAPE '\\' \
    OR fold(json_extract(m.translation, '$.text')) LIKE ? ESCAPE '\\')";

const IS_OPERATOR: &str = "EXISTS (SELECT 1 FROM json_each(c.operators) o WHERE o.value";

fn add_filter(w: &mut Where, f: &ConversationFilter, with_status: bool) {
    if with_status && !f.status.is_empty() {
        let sql = format!("c.status IN ({})", Where::marks(f.status.len()));
        w.push(
            &sql,
            f.status.iter().map(|s| Value::Text(s.as_str().into())),
        );
    }
    if f.unanswered {
        w.push("c.unanswered = 1", []);
    }
    if !f.channels.is_empty() {
        let sql = format!("c.channel IN ({})", Where::marks(f.channels.len()));
        w.push(
            &sql,
            f.channels.iter().map(|c| Value::Text(c.as_str().into())),
        );
    }
    if !f.operators.is_empty() {
        let m = Where::marks(f.operators.len());
        let sql = format!("(c.assignee_id IN ({m}) OR {IS_OPERATOR} IN ({m})))");
        let ids = f.operators.iter().map(|a| Value::Integer(a.0));
        w.push(&sql, ids.clone().chain(ids));
    }
    if !f.tags.is_empty() {
        let m = Where::marks(f.tags.len());
        let sql = format!("EXISTS (SELECT 1 FROM json_each(c.tags) t WHERE t.value IN ({m}))");
        w.push(&sql, f.tags.iter().map(|t| Value::Text(t.clone())));
    }
    if !f.q.is_empty() {
        let p = Value::Text(like(&f.q.to_lowercase()));
        let sql = format!(
            "({BY_CONTACT_OR_TAG} OR EXISTS (SELECT 1 FROM messages m \
            WHERE m.conversation_id = c.id AND {MESSAGE_MATCHES}))"
        );
        w.push(&sql, std::iter::repeat_n(p, 7));
    }
}

/// The `WHERE` of a mailbox and filter as `scope` sees it (status ignored unless asked).
pub(super) fn build(
    conn: &Connection,
    scope: &Scope,
    mailbox: Mailbox,
    filter: &ConversationFilter,
    with_status: bool,
) -> AppResult<Where> {
    let mut w = Where::default();
    if !scope.perms.view_blocked {
        w.push("k.blocked = 0", []);
    }
    if let Some(team) = scope.desk_team {
        w.push("c.team_id = ?", [Value::Integer(team.0)]);
    }
    w.push("c.archived = ?", [Value::Integer(filter.archived.into())]);
    let me = Value::Integer(scope.agent.id.0);
    match mailbox {
        Mailbox::All => {}
        Mailbox::Mine => w.push(
            &format!("(c.assignee_id = ? OR {IS_OPERATOR} = ?))"),
            [me.clone(), me],
        ),
        Mailbox::Unassigned => w.push("c.assignee_id IS NULL", []),
        Mailbox::Team(t) => w.push("c.team_id = ?", [Value::Integer(t.0)]),
        Mailbox::Blocked if !scope.perms.view_blocked => {
            return Err(AppError::forbidden(
                "the blocked mailbox needs view_blocked",
            ))
        }
        Mailbox::Blocked => w.push("k.blocked = 1", []),
        // `mentions <> '[]'` lets SQLite take the partial index (migration 011): only
        // the messages that mention someone are looked at, not every conversation's whole
        // history (the counts' scan of 10,000 conversations took 30 ms without it).
        Mailbox::Mentions => w.push(
            "EXISTS (SELECT 1 FROM messages m, json_each(m.mentions) j \
             WHERE m.conversation_id = c.id AND m.mentions <> '[]' AND j.value = ?)",
            [me],
        ),
        Mailbox::View(v) => {
            let view = super::views::get(conn, scope, v)?
                .ok_or_else(|| AppError::not_found("no such view"))?;
            add_filter(&mut w, &view.filter, true);
        }
    }
    add_filter(&mut w, filter, with_status);
    Ok(w)
}

/// `(key column, descending)` of a sort.
fn order(sort: Sort) -> (&'static str, bool) {
    match sort {
        Sort::Newest => ("c.last_activity_at", true),
        Sort::Oldest => ("c.last_activity_at", false),
        Sort::Longest => ("c.status_since", false),
        Sort::Shortest => ("c.status_since", true),
    }
}

/// Parses `"<sort>_<key>_<id>"`, refusing another sort's cursor.
fn parse_cursor(raw: &str, sort: Sort) -> AppResult<(i64, i64)> {
    let bad = || AppError::bad_request("bad cursor (or one from another sort)");
    let mut it = raw.splitn(3, '_');
    let (Some(s), Some(key), Some(id)) = (it.next(), it.next(), it.next()) else {
        return Err(bad());
    };
    if s != sort.as_str() {
        return Err(bad());
    }
    Ok((
        key.parse().map_err(|_| bad())?,
        id.parse().map_err(|_| bad())?,
    ))
}

/// One page of the list for `q` as `scope` sees it, and the total of the whole view.
pub fn list(
    conn: &Connection,
    scope: &Scope,
    q: &ConversationQuery,
    limit: u32,
) -> AppResult<ConversationPage> {
    let mut w = build(conn, scope, q.mailbox, &q.filter, true)?;
    let base = format!(
        "FROM conversations c JOIN contacts k ON k.id = c.contact_id WHERE {}",
        w.sql()
    );
    let total: u32 = conn.query_row(
        &format!("SELECT COUNT(*) {base}"),
        params_from_iter(w.args.iter()),
        |r| r.get(0),
    )?;
    let (col, desc) = order(q.sort);
    let (cmp, dir) = if desc { ("<", "DESC") } else { (">", "ASC") };
    if let Some(raw) = q.cursor.as_deref().filter(|c| !c.is_empty()) {
        let (key, id) = parse_cursor(raw, q.sort)?;
        w.push(
            &format!("({col} {cmp} ? OR ({col} = ? AND c.id {cmp} ?))"),
            [Value::Integer(key), Value::Integer(key), Value::Integer(id)],
        );
    }
    let sql = format!(
        "{SUMMARY_SELECT} WHERE {} ORDER BY {col} {dir}, c.id {dir} LIMIT {}",
        w.sql(),
        i64::from(limit) + 1
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut items = stmt
        .query_map(params_from_iter(w.args.iter()), rows::summary)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let next_cursor = if items.len() > limit as usize {
        items.truncate(limit as usize);
        items.last().map(|c| {
            let key = match q.sort {
                Sort::Newest | Sort::Oldest => c.last_activity_at,
                Sort::Longest | Sort::Shortest => c.status_since.unwrap_or_default(),
            };
            format!("{}_{}_{}", q.sort.as_str(), key.timestamp_millis(), c.id.0)
        })
    } else {
        None
    };
    let needle = q.filter.q.trim().to_lowercase();
    if !needle.is_empty() {
        for c in &mut items {
            c.matched = matched_message(conn, c.id, &needle)?;
        }
    }
    Ok(ConversationPage {
        items,
        next_cursor,
        total,
    })
}

/// The newest message of conversation `id` that the search `needle` (lower case) found it
/// by, when neither its contact nor a tag matches: the row then shows that message, not
/// the last one.
fn matched_message(
    conn: &Connection,
    id: ConversationId,
    needle: &str,
) -> AppResult<Option<MatchedMessage>> {
    let p = Value::Text(like(needle));
    let by_contact: bool = conn.query_row(
        &format!(
            "SELECT EXISTS (SELECT 1 FROM conversations c JOIN contacts k ON k.id = c.contact_id \
             WHERE c.id = ? AND {BY_CONTACT_OR_TAG})"
        ),
        params_from_iter(
            std::iter::once(Value::Integer(id.0)).chain(std::iter::repeat_n(p.clone(), 5)),
        ),
        |r| r.get(0),
    )?;
    if by_contact {
        return Ok(None);
    }
    let found: Option<i64> = conn
        .query_row(
            &format!(
                "SELECT m.id FROM messages m WHERE m.conversation_id = ? AND {MESSAGE_MATCHES} \
                 ORDER BY m.id DESC LIMIT 1"
            ),
            params_from_iter([Value::Integer(id.0), p.clone(), p]),
            |r| r.get(0),
        )
        .optional()?;
    let Some(found) = found else {
        return Ok(None);
    };
    let Some(m) = super::history::load(conn, MessageId(found))? else {
        return Ok(None);
    };
    let own = m
        .content
        .text()
        .and_then(|t| super::history::excerpt(t, needle));
    let translated = || {
        m.translation
            .as_ref()
            .and_then(|t| super::history::excerpt(&t.text, needle))
    };
    Ok(own
        .or_else(translated)
        .map(|excerpt| MatchedMessage { id: m.id, excerpt }))
}

#[cfg(test)]
mod tests;
