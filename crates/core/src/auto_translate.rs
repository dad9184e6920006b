//! The agent's "Auto-translate" choice per conversation: whether a message that came with
//! a translation shows it first (on) or shows what the customer wrote (off).
//!
//! On is the default (translations exist to be read); only the conversations the agent
//! switched off are remembered, so the stored form stays small. It is kept in the
//! browser as a comma-separated list of conversation ids; an unreadable entry is skipped,
//! not fatal.

use std::collections::BTreeSet;
use switchboard_protocol::ConversationId;

/// The conversations whose translations are not shown first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AutoTranslate {
    off: BTreeSet<ConversationId>,
}

impl AutoTranslate {
    /// Reads the stored form (`"15,42"`).
    pub fn from_stored(s: &str) -> Self {
        let off = s
            .split(',')
            .filter_map(|id| id.trim().parse().ok().map(ConversationId))
            .collect();
        AutoTranslate { off }
    }

    /// The stored form.
    pub fn to_stored(&self) -> String {
        let ids: Vec<String> = self.off.iter().map(ToString::to_string).collect();
        ids.join(",")
    }

    /// Whether translations come first in conversation `id`.
    pub fn is_on(&self, id: ConversationId) -> bool {
        !self.off.contains(&id)
    }

    /// Switches conversation `id` on or off.
    pub fn set(&mut self, id: ConversationId, on: bool) {
        if on {
            self.off.remove(&id);
        } else {
            self.off.insert(id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_on_unless_switched_off() {
        let mut a = AutoTranslate::default();
        assert!(a.is_on(ConversationId(15)));
        a.set(ConversationId(15), false);
        assert!(!a.is_on(ConversationId(15)));
        assert!(a.is_on(ConversationId(16)));
        a.set(ConversationId(15), true);
        assert!(a.is_on(ConversationId(15)));
    }

    #[test]
    fn survives_a_round_trip_and_skips_garbage() {
        let mut a = AutoTranslate::default();
        a.set(ConversationId(42), false);
        a.set(ConversationId(7), false);
        assert_eq!(a.to_stored(), "7,42");
        assert_eq!(AutoTranslate::from_stored(&a.to_stored()), a);
        let read = AutoTranslate::from_stored("7, x,,42,");
        assert_eq!(read, a);
        assert_eq!(AutoTranslate::from_stored(""), AutoTranslate::default());
    }
}
