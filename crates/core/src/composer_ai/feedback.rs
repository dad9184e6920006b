//! Likes and dislikes of suggested replies. Every third dislike an agent gives asks them
//! for a short comment (what was wrong), so the team learns why without asking every
//! time. The count is the agent's own, kept across reloads (the app stores it per agent).

use serde::{Deserialize, Serialize};
use switchboard_protocol::{AgentId, Verdict};

/// Every how many dislikes a comment is asked for.
pub const ASK_EVERY: u32 = 3;

/// Longest comment the server accepts, in characters.
pub const MAX_COMMENT: usize = 2000;

/// How many dislikes an agent has given.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DislikeCounter {
    /// Dislikes so far.
    pub dislikes: u32,
}

impl DislikeCounter {
    /// Counts a verdict; true when this dislike is one that asks for a comment.
    pub fn record(&mut self, verdict: Verdict) -> bool {
        if verdict != Verdict::Dislike {
            return false;
        }
        self.dislikes = self.dislikes.saturating_add(1);
        self.dislikes.is_multiple_of(ASK_EVERY)
    }

    /// Whether the next dislike will ask for a comment.
    pub fn next_asks(self) -> bool {
        self.dislikes.saturating_add(1).is_multiple_of(ASK_EVERY)
    }
}

/// Where an agent's count is stored (one key per agent: a shared browser keeps them apart).
pub fn storage_key(agent: AgentId) -> String {
    format!("switchboard.ai.dislikes.v1.{agent}")
}

/// A comment as sent: trimmed, empty as none, cut to what the server accepts.
pub fn comment(text: &str) -> Option<String> {
    let t = text.trim();
    (!t.is_empty()).then(|| t.chars().take(MAX_COMMENT).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_third_dislike_asks_and_likes_do_not_count() {
        let mut c = DislikeCounter::default();
        assert!(!c.record(Verdict::Dislike));
        assert!(!c.record(Verdict::Like));
        assert!(!c.record(Verdict::Dislike));
        assert!(c.next_asks());
        assert!(c.record(Verdict::Dislike), "third dislike");
        assert!(!c.record(Verdict::Dislike));
        assert!(!c.record(Verdict::Dislike));
        assert!(c.record(Verdict::Dislike), "sixth dislike");
        assert_eq!(c.dislikes, 6);
    }

    #[test]
    fn the_count_survives_storage_and_keys_are_per_agent() {
        let c = DislikeCounter { dislikes: 2 };
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(serde_json::from_str::<DislikeCounter>(&json).unwrap(), c);
        assert_ne!(storage_key(AgentId(1)), storage_key(AgentId(2)));
    }

    #[test]
    fn comments_are_trimmed_and_bounded() {
        assert_eq!(comment("  "), None);
        assert_eq!(comment(" off topic ").as_deref(), Some("off topic"));
        assert_eq!(comment(&"я".repeat(2500)).unwrap().chars().count(), 2000);
    }
}
