//! Change counters for memo keys: the app derives a view again only when the counter of
//! what it reads has moved.

/// A change counter: bumped by every change, so the app can tell cheaply whether to derive
/// again. It is bookkeeping, not state: two values that differ only in it are equal.
#[derive(Clone, Copy, Debug, Default)]
pub struct Revision(u64);

impl Revision {
    /// A counter no other value started from, for a value that replaces another (a
    /// history reloaded from scratch must not repeat its predecessor's count).
    pub fn fresh() -> Revision {
        use std::sync::atomic::{AtomicU64, Ordering};
        static STARTS: AtomicU64 = AtomicU64::new(1);
        Revision(STARTS.fetch_add(1, Ordering::Relaxed) << 32)
    }

    /// Counts one change.
    pub fn bump(&mut self) {
        self.0 = self.0.wrapping_add(1);
    }

    /// The count (for memo keys).
    pub fn get(self) -> u64 {
        self.0
    }
}

impl PartialEq for Revision {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}
