//! The conversations the app knows, and their order in the chat list.
//!
//! Invariant: one summary per id, always the newest the app has seen (a socket event or a
//! REST page replaces the whole record; events are applied in `seq` order, so the last
//! writer is the newest).

use std::collections::{BTreeSet, HashMap};
use switchboard_protocol::{ConversationId, ConversationSummary};

/// Which conversations changed since the app last asked ([`ConversationIndex::take_changes`]):
/// the app's per-conversation views are told of these only.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Changes {
    /// None changed.
    #[default]
    None,
    /// These were added, replaced or removed.
    Some(BTreeSet<ConversationId>),
    /// Every record may have changed (a snapshot replaced them all).
    All,
}

impl Changes {
    fn add(&mut self, id: ConversationId) {
        match self {
            Changes::None => *self = Changes::Some(BTreeSet::from([id])),
            Changes::Some(ids) => _ = ids.insert(id),
            Changes::All => {}
        }
    }
}

/// Conversation summaries by id.
///
/// Equality compares the records only: the change count and the changes not yet taken
/// are bookkeeping for the app, and differ between two indexes that reached the same
/// records by different paths (a snapshot against events).
#[derive(Clone, Debug, Default)]
pub struct ConversationIndex {
    by_id: HashMap<ConversationId, ConversationSummary>,
    /// Each conversation's search text (see [`crate::search::haystack`]), built when the
    /// record is stored so a keystroke only scans.
    hay: HashMap<ConversationId, String>,
    /// Counts changes (a memo key for the list's rows).
    rev: u64,
    changes: Changes,
}

impl PartialEq for ConversationIndex {
    fn eq(&self, other: &Self) -> bool {
        self.by_id == other.by_id
    }
}

impl ConversationIndex {
    /// Inserts or replaces a conversation.
    pub fn upsert(&mut self, c: ConversationSummary) {
        if self.by_id.get(&c.id) != Some(&c) {
            self.rev += 1;
            self.changes.add(c.id);
            self.hay.insert(c.id, crate::search::haystack(&c));
            self.by_id.insert(c.id, c);
        }
    }

    /// Replaces every conversation with a fresh snapshot.
    pub fn replace_all(&mut self, items: impl IntoIterator<Item = ConversationSummary>) {
        self.by_id = items.into_iter().map(|c| (c.id, c)).collect();
        self.hay = self
            .by_id
            .values()
            .map(|c| (c.id, crate::search::haystack(c)))
            .collect();
        self.rev += 1;
        self.changes = Changes::All;
    }

    /// Forgets which message each conversation was found by (the search changed).
    pub fn clear_matched(&mut self) {
        let found: Vec<ConversationId> = self
            .by_id
            .values()
            .filter(|c| c.matched.is_some())
            .map(|c| c.id)
            .collect();
        for id in &found {
            if let Some(c) = self.by_id.get_mut(id) {
                c.matched = None;
                self.hay.insert(*id, crate::search::haystack(c));
                self.changes.add(*id);
            }
        }
        if !found.is_empty() {
            self.rev += 1;
        }
    }

    /// Forgets a conversation (deleted).
    pub fn remove(&mut self, id: ConversationId) {
        self.hay.remove(&id);
        if self.by_id.remove(&id).is_some() {
            self.rev += 1;
            self.changes.add(id);
        }
    }

    /// How many changes so far (a memo key: it moves whenever a record does).
    pub fn rev(&self) -> u64 {
        self.rev
    }

    /// The conversations changed since the last call, for the app to tell the views of
    /// those conversations (and no others).
    pub fn take_changes(&mut self) -> Changes {
        std::mem::take(&mut self.changes)
    }

    /// The conversation with this id.
    pub fn get(&self, id: ConversationId) -> Option<&ConversationSummary> {
        self.by_id.get(&id)
    }

    /// Every known conversation with its search text, in no particular order.
    pub fn iter_with_hay(&self) -> impl Iterator<Item = (&ConversationSummary, &str)> {
        self.by_id
            .values()
            .map(|c| (c, self.hay.get(&c.id).map_or("", String::as_str)))
    }

    /// Every known conversation, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = &ConversationSummary> {
        self.by_id.values()
    }

    /// How many conversations are known.
    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    /// Whether none is known.
    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }

    /// All conversations, newest activity first (ties: higher id first, so the order is
    /// total and stable across reloads).
    pub fn newest_first(&self) -> Vec<&ConversationSummary> {
        self.sorted(switchboard_protocol::Sort::Newest)
    }

    /// All conversations in the order of `sort` (see [`crate::view::compare`]).
    pub fn sorted(&self, sort: switchboard_protocol::Sort) -> Vec<&ConversationSummary> {
        let mut v: Vec<_> = self.by_id.values().collect();
        v.sort_by(|a, b| crate::view::compare(sort, a, b));
        v
    }
}
