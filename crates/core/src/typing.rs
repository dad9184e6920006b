//! Who is typing where, from the socket's ephemeral `typing` frames.
//!
//! A frame says "typing now" or "stopped"; a "typing now" lapses after
//! [`Typing::LAPSE_MS`] without a repeat (the server's rule), so a lost "stopped" frame or
//! a dropped socket never leaves "typing…" on screen for good.

use std::collections::HashMap;
use switchboard_protocol::{ConversationId, Typist};

/// Typists per conversation, each with the time (ms) their typing lapses.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Typing {
    by_conversation: HashMap<ConversationId, Vec<(Typist, f64)>>,
}

impl Typing {
    /// How long "typing" lasts without a repeat.
    pub const LAPSE_MS: f64 = 6_000.0;

    /// Takes one frame received at `now` (ms).
    pub fn set(&mut self, id: ConversationId, who: Typist, active: bool, now: f64) {
        let list = self.by_conversation.entry(id).or_default();
        list.retain(|(t, _)| *t != who);
        if active {
            list.push((who, now + Self::LAPSE_MS));
        }
        if list.is_empty() {
            self.by_conversation.remove(&id);
        }
    }

    /// Forgets typing that lapsed by `now`; returns whether anything changed.
    pub fn prune(&mut self, now: f64) -> bool {
        let before = self.by_conversation.values().map(Vec::len).sum::<usize>();
        for list in self.by_conversation.values_mut() {
            list.retain(|(_, until)| *until > now);
        }
        self.by_conversation.retain(|_, l| !l.is_empty());
        before != self.by_conversation.values().map(Vec::len).sum::<usize>()
    }

    /// Who types in a conversation, first come first.
    pub fn in_conversation(&self, id: ConversationId) -> impl Iterator<Item = &Typist> {
        self.by_conversation
            .get(&id)
            .into_iter()
            .flatten()
            .map(|(t, _)| t)
    }

    /// Whether the customer types in a conversation.
    pub fn contact_types(&self, id: ConversationId) -> bool {
        self.in_conversation(id).any(|t| *t == Typist::Contact)
    }

    /// Forgets everyone (the socket dropped: nobody's frames reach us any more).
    pub fn clear(&mut self) {
        self.by_conversation.clear();
    }

    /// Whether anyone types anywhere.
    pub fn is_empty(&self) -> bool {
        self.by_conversation.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_starts_stops_and_lapses() {
        let c = ConversationId(1);
        let mut t = Typing::default();
        t.set(c, Typist::Contact, true, 0.0);
        assert!(t.contact_types(c));
        t.set(c, Typist::Contact, true, 5_000.0);
        assert!(!t.prune(6_500.0), "the repeat extended it");
        assert!(t.contact_types(c));
        assert!(t.prune(11_001.0));
        assert!(!t.contact_types(c));
        t.set(c, Typist::Contact, true, 0.0);
        t.set(c, Typist::Contact, false, 1.0);
        assert!(t.is_empty());
    }
}
