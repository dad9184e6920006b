//! The conversations the app knows, and their order in the chat list.
//!
//! Invariant: one summary per id, always the newest the app has seen (a socket event or a
//! REST page replaces the whole record; events are applied in `seq` order, so the last
//! writer is the newest).

use crate::revision::Revision;
use std::collections::HashMap;
use switchboard_protocol::{ConversationId, ConversationSummary};

/// Conversation summaries by id.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ConversationIndex {
    by_id: HashMap<ConversationId, ConversationSummary>,
    /// Each conversation's search text (see [`crate::search::haystack`]), built when the
    /// record is stored so a keystroke only scans.
    hay: HashMap<ConversationId, String>,
    rev: Revision,
}

impl ConversationIndex {
    /// Inserts or replaces a conversation.
    pub fn upsert(&mut self, c: ConversationSummary) {
        if self.by_id.get(&c.id) != Some(&c) {
            self.rev.bump();
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
        self.rev.bump();
    }

    /// Forgets a conversation (deleted).
    pub fn remove(&mut self, id: ConversationId) {
        self.hay.remove(&id);
        if self.by_id.remove(&id).is_some() {
            self.rev.bump();
        }
    }

    /// Changes so far (see [`Revision`]).
    pub fn rev(&self) -> u64 {
        self.rev.get()
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
