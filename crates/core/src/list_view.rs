//! The chat list as the agent sees it: the rows of the current view in order, and the
//! count of each status tab, derived from the loaded conversations with the rules of
//! [`crate::view`].

use crate::view::{matches, Verdict, ViewContext};
use crate::ConversationIndex;
use switchboard_protocol::{
    AgentId, Channel, ConversationFilter, ConversationId, ConversationQuery, ConversationStatus,
};

/// The rows of the view, in its order. Rows the rules cannot decide (a search over fields
/// the list does not carry) are kept: the server listed them.
pub fn rows(
    index: &ConversationIndex,
    q: &ConversationQuery,
    ctx: ViewContext<'_>,
) -> Vec<ConversationId> {
    index
        .sorted(q.sort)
        .into_iter()
        .filter(|c| matches(q, c, ctx) != Verdict::Out)
        .map(|c| c.id)
        .collect()
}

/// Counts of the status tabs for a view (its status filter ignored: each tab counts what
/// it would show).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TabCounts {
    /// Every status.
    pub all: u32,
    /// Open.
    pub open: u32,
    /// In progress.
    pub in_progress: u32,
    /// Closed.
    pub closed: u32,
    /// Snoozed.
    pub snoozed: u32,
}

impl From<&switchboard_protocol::ConversationCounts> for TabCounts {
    fn from(c: &switchboard_protocol::ConversationCounts) -> Self {
        TabCounts {
            all: c.all,
            open: c.open,
            in_progress: c.in_progress,
            closed: c.closed,
            snoozed: c.snoozed,
        }
    }
}

impl TabCounts {
    /// The count of one tab (`None`: the All tab).
    pub fn of(&self, status: Option<ConversationStatus>) -> u32 {
        match status {
            None => self.all,
            Some(ConversationStatus::Open) => self.open,
            Some(ConversationStatus::InProgress) => self.in_progress,
            Some(ConversationStatus::Closed) => self.closed,
            Some(ConversationStatus::Snoozed) => self.snoozed,
            Some(ConversationStatus::Other) => 0,
        }
    }
}

/// Counts the tabs of a view over the loaded conversations.
pub fn tab_counts(
    index: &ConversationIndex,
    q: &ConversationQuery,
    ctx: ViewContext<'_>,
) -> TabCounts {
    let mut any_status = q.clone();
    any_status.filter.status.clear();
    let mut counts = TabCounts::default();
    for c in index.newest_first() {
        if matches(&any_status, c, ctx) == Verdict::Out {
            continue;
        }
        counts.all += 1;
        match c.status {
            ConversationStatus::Open => counts.open += 1,
            ConversationStatus::InProgress => counts.in_progress += 1,
            ConversationStatus::Closed => counts.closed += 1,
            ConversationStatus::Snoozed => counts.snoozed += 1,
            ConversationStatus::Other => {}
        }
    }
    counts
}

/// One active filter, as a chip.
#[derive(Clone, Debug, PartialEq)]
pub enum Chip {
    /// A channel.
    Channel(Channel),
    /// One of several statuses.
    Status(ConversationStatus),
    /// An operator.
    Operator(AgentId),
    /// A tag.
    Tag(String),
    /// The archive switch.
    Archived,
}

/// The chips of a filter, in the order the block lists them.
pub fn chips(f: &ConversationFilter) -> Vec<Chip> {
    let mut v: Vec<Chip> = f.channels.iter().copied().map(Chip::Channel).collect();
    // One status is a tab, not a filter; several are a filter.
    if f.status.len() > 1 {
        v.extend(f.status.iter().copied().map(Chip::Status));
    }
    v.extend(f.operators.iter().copied().map(Chip::Operator));
    v.extend(f.tags.iter().cloned().map(Chip::Tag));
    if f.archived {
        v.push(Chip::Archived);
    }
    v
}

/// Takes one chip's filter away.
pub fn remove(f: &mut ConversationFilter, chip: &Chip) {
    match chip {
        Chip::Channel(c) => f.channels.retain(|x| x != c),
        Chip::Status(s) => f.status.retain(|x| x != s),
        Chip::Operator(a) => f.operators.retain(|x| x != a),
        Chip::Tag(t) => f.tags.retain(|x| x != t),
        Chip::Archived => f.archived = false,
    }
}

/// Adds `item` to `list` or takes it out.
pub fn toggle<T: PartialEq>(list: &mut Vec<T>, item: T) {
    match list.iter().position(|x| *x == item) {
        Some(i) => {
            list.remove(i);
        }
        None => list.push(item),
    }
}
