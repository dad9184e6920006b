//! The confirmed messages of one conversation, as far back as they were loaded.
//!
//! Invariants: at most one message per server id; kept in id order (ids grow with time
//! within a conversation); a client id maps to at most one message; the loaded messages
//! are one contiguous stretch of the history (a jump to an old message replaces the
//! stretch; newer pages extend it), so "no message between two loaded ones is missing".

use std::collections::BTreeMap;
use switchboard_protocol::{Message, MessageId, MessagePage};

/// The loaded window of a conversation's history.
///
/// Equality compares the messages and the edges, not the change count.
#[derive(Clone, Debug, Default)]
pub struct MessageLog {
    by_id: BTreeMap<MessageId, Message>,
    /// Whether older messages exist on the server before the oldest loaded one.
    pub has_more_before: bool,
    /// Whether newer messages exist after the newest loaded one (after a jump into the
    /// past). While true, live messages are not added: the next newer page brings them.
    pub has_more_after: bool,
    /// Counts changes (a memo key for the app): the high half tells the load that made
    /// the log ([`MessageLog::generation`]), the low half the changes since.
    rev: u64,
}

impl PartialEq for MessageLog {
    fn eq(&self, other: &Self) -> bool {
        self.by_id == other.by_id
            && self.has_more_before == other.has_more_before
            && self.has_more_after == other.has_more_after
    }
}

/// A change count no other log started from: a history reloaded from scratch must not
/// repeat its predecessor's count.
fn fresh_rev() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static STARTS: AtomicU64 = AtomicU64::new(1);
    STARTS.fetch_add(1, Ordering::Relaxed) << 32
}

impl MessageLog {
    /// A log made from the latest page.
    pub fn from_page(page: MessagePage) -> Self {
        let mut log = MessageLog {
            by_id: BTreeMap::new(),
            has_more_before: page.has_more_before,
            has_more_after: page.has_more_after,
            rev: fresh_rev(),
        };
        log.by_id.extend(page.items.into_iter().map(|m| (m.id, m)));
        log
    }

    /// Adds an older page (scrolling up); duplicates are ignored.
    pub fn prepend_page(&mut self, page: MessagePage) {
        self.rev = self.rev.wrapping_add(1);
        self.has_more_before = page.has_more_before;
        for m in page.items {
            self.by_id.entry(m.id).or_insert(m);
        }
    }

    /// Adds a newer page (scrolling down after a jump into the past); duplicates are
    /// ignored.
    pub fn append_page(&mut self, page: MessagePage) {
        self.rev = self.rev.wrapping_add(1);
        self.has_more_after = page.has_more_after;
        for m in page.items {
            self.by_id.entry(m.id).or_insert(m);
        }
    }

    /// Inserts a message, or replaces the one with the same id (a newer state of it). A
    /// message beyond either end of the loaded stretch is left out while pages are missing
    /// on that side, so the stretch stays contiguous: the page that loads that side brings
    /// it. (An old message does arrive out of the blue: a send that went out twice, say from
    /// a tab's outbox adopted by another, is answered with the stored copy. Inserted below
    /// the oldest loaded one, it made the next older page start under it and leave a hole.)
    pub fn insert(&mut self, m: Message) {
        let beyond = self.newest().is_some_and(|n| m.id > n);
        if beyond && self.has_more_after && !self.by_id.contains_key(&m.id) {
            return;
        }
        let before = self.oldest().is_some_and(|o| m.id < o);
        if before && self.has_more_before {
            return;
        }
        self.rev = self.rev.wrapping_add(1);
        self.by_id.insert(m.id, m);
    }

    /// Changes so far (a memo key).
    pub fn rev(&self) -> u64 {
        self.rev
    }

    /// Which load made this log: differs for every log made from a page (a reload after
    /// a resync, a jump), the same while messages come and go.
    pub fn generation(&self) -> u64 {
        self.rev >> 32
    }

    /// The newest loaded message id (the `after` of the next newer page).
    pub fn newest(&self) -> Option<MessageId> {
        self.by_id.keys().next_back().copied()
    }

    /// Replaces a message only if it is loaded (an update for an unloaded one is moot).
    pub fn update(&mut self, m: Message) {
        if let Some(slot) = self.by_id.get_mut(&m.id) {
            self.rev = self.rev.wrapping_add(1);
            *slot = m;
        }
    }

    /// The oldest loaded message id (the `before` of the next older page).
    pub fn oldest(&self) -> Option<MessageId> {
        self.by_id.keys().next().copied()
    }

    /// Messages in display order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Message> {
        self.by_id.values()
    }

    /// How many are loaded.
    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    /// Whether none is loaded.
    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }

    /// The message with this id.
    pub fn get(&self, id: MessageId) -> Option<&Message> {
        self.by_id.get(&id)
    }

    /// Keeps only the latest `n` messages (at least one); the older ones become "more
    /// before", loaded again from the server if the agent scrolls to them.
    pub fn keep_latest(&mut self, n: usize) {
        let n = n.max(1);
        let Some(&cut) = self.by_id.keys().nth_back(n - 1) else {
            return;
        };
        if self.by_id.len() > n {
            self.by_id = self.by_id.split_off(&cut);
            self.has_more_before = true;
            self.rev = self.rev.wrapping_add(1);
        }
    }
}
