//! Which conversations a chat-list view shows, and in what order: the same rules as
//! `GET /conversations`, so a live event can move a row, bring it in or take it out
//! without asking the server.
//!
//! The search text `q` also matches phone, email and message text, which a summary does not
//! carry: for a view with `q` only the server can decide membership, so [`matches`] answers
//! [`Verdict::Unknown`] when the visible fields do not match, and the app keeps the row if
//! the server had listed it.

use chrono::{DateTime, Utc};
use std::cmp::Ordering;
use switchboard_protocol::{
    AgentId, ConversationFilter, ConversationQuery, ConversationSummary, CustomView, Mailbox, Sort,
};

/// Whether a conversation belongs to a view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// It does.
    In,
    /// It does not.
    Out,
    /// Only the server can tell (a search over fields the summary lacks).
    Unknown,
}

/// What the rules need besides the query and the conversation.
#[derive(Clone, Copy, Debug)]
pub struct ViewContext<'a> {
    /// The signed-in agent.
    pub me: AgentId,
    /// The saved views (for `view:{id}` mailboxes).
    pub views: &'a [CustomView],
}

fn involves(c: &ConversationSummary, agent: AgentId) -> bool {
    c.assignee == Some(agent) || c.operators.contains(&agent)
}

fn in_mailbox(mailbox: Mailbox, c: &ConversationSummary, ctx: ViewContext<'_>) -> Option<bool> {
    // Blocked contacts' conversations live in their own mailbox only.
    if c.contact_blocked != (mailbox == Mailbox::Blocked) {
        return Some(false);
    }
    Some(match mailbox {
        Mailbox::All | Mailbox::Blocked => true,
        Mailbox::Mine => involves(c, ctx.me),
        Mailbox::Unassigned => c.assignee.is_none(),
        Mailbox::Team(t) => c.team == Some(t),
        Mailbox::Mentions => c.mentioned.contains(&ctx.me),
        // A view nobody knows any more shows nothing.
        Mailbox::View(v) => {
            return ctx
                .views
                .iter()
                .find(|x| x.id == v)
                .map(|x| filter_visible(&x.filter, c) != Some(false))
        }
    })
}

/// The filter's rules on the fields a summary carries; `None` when only `q` is undecided.
fn filter_visible(f: &ConversationFilter, c: &ConversationSummary) -> Option<bool> {
    let any = |list_empty: bool, hit: bool| list_empty || hit;
    let fields = c.archived == f.archived
        && any(f.status.is_empty(), f.status.contains(&c.status))
        && (!f.unanswered || c.unanswered)
        && any(f.channels.is_empty(), f.channels.contains(&c.channel))
        && any(
            f.operators.is_empty(),
            f.operators.iter().any(|a| involves(c, *a)),
        )
        && any(
            f.tags.is_empty(),
            f.tags
                .iter()
                .any(|t| c.tags.iter().any(|x| x.eq_ignore_ascii_case(t))),
        );
    if !fields {
        return Some(false);
    }
    if f.q.is_empty() || crate::search::matches(c, &f.q) {
        Some(true)
    } else {
        None
    }
}

/// Whether `c` belongs to the view `q`.
pub fn matches(q: &ConversationQuery, c: &ConversationSummary, ctx: ViewContext<'_>) -> Verdict {
    match (in_mailbox(q.mailbox, c, ctx), filter_visible(&q.filter, c)) {
        (Some(false), _) | (_, Some(false)) | (None, _) => Verdict::Out,
        (Some(true), Some(true)) => Verdict::In,
        (Some(true), None) => Verdict::Unknown,
    }
}

/// Since when a conversation is in its status (its last activity when the server did not
/// say).
fn status_since(c: &ConversationSummary) -> DateTime<Utc> {
    c.status_since.unwrap_or(c.last_activity_at)
}

/// The list order of a sort: newest/oldest by last activity, longest/shortest by time in
/// the current status; ties by id (newer id first for `newest` and `shortest`), so the order
/// is total and the server's keyset cursor agrees with it.
pub fn compare(sort: Sort, a: &ConversationSummary, b: &ConversationSummary) -> Ordering {
    match sort {
        Sort::Newest => b
            .last_activity_at
            .cmp(&a.last_activity_at)
            .then(b.id.cmp(&a.id)),
        Sort::Oldest => a
            .last_activity_at
            .cmp(&b.last_activity_at)
            .then(a.id.cmp(&b.id)),
        Sort::Longest => status_since(a).cmp(&status_since(b)).then(a.id.cmp(&b.id)),
        Sort::Shortest => status_since(b).cmp(&status_since(a)).then(b.id.cmp(&a.id)),
    }
}
