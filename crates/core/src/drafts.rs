//! What the agent has typed and not sent, per conversation and per mode.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use switchboard_protocol::{ConversationId, Visibility};

/// Unsent text by conversation and mode (a reply and a note are separate drafts).
/// Stored as a list of `(conversation, mode, text)` (JSON maps need string keys).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "Vec<(ConversationId, Visibility, String)>")]
#[serde(into = "Vec<(ConversationId, Visibility, String)>")]
pub struct Drafts {
    by_key: HashMap<(ConversationId, Visibility), String>,
}

impl From<Vec<(ConversationId, Visibility, String)>> for Drafts {
    fn from(v: Vec<(ConversationId, Visibility, String)>) -> Self {
        Drafts {
            by_key: v.into_iter().map(|(c, m, t)| ((c, m), t)).collect(),
        }
    }
}

impl From<Drafts> for Vec<(ConversationId, Visibility, String)> {
    fn from(d: Drafts) -> Self {
        let mut v: Vec<_> = d.by_key.into_iter().map(|((c, m), t)| (c, m, t)).collect();
        v.sort_by_key(|(c, m, _)| (*c, *m == Visibility::Internal));
        v
    }
}

impl Drafts {
    /// The draft, or an empty string.
    pub fn get(&self, c: ConversationId, mode: Visibility) -> &str {
        self.by_key.get(&(c, mode)).map_or("", String::as_str)
    }

    /// Stores a draft; an empty one is removed.
    pub fn set(&mut self, c: ConversationId, mode: Visibility, text: String) {
        if text.is_empty() {
            self.by_key.remove(&(c, mode));
        } else {
            self.by_key.insert((c, mode), text);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drafts_are_kept_per_conversation_and_mode() {
        let mut d = Drafts::default();
        d.set(ConversationId(1), Visibility::Public, "Hello".into());
        d.set(
            ConversationId(1),
            Visibility::Internal,
            "check stock".into(),
        );
        d.set(ConversationId(2), Visibility::Public, "Bonjour".into());
        assert_eq!(d.get(ConversationId(1), Visibility::Public), "Hello");
        assert_eq!(
            d.get(ConversationId(1), Visibility::Internal),
            "check stock"
        );
        assert_eq!(d.get(ConversationId(2), Visibility::Public), "Bonjour");
        d.set(ConversationId(1), Visibility::Public, String::new());
        assert_eq!(d.get(ConversationId(1), Visibility::Public), "");
        assert_eq!(d.by_key.len(), 2);
    }

    #[test]
    fn drafts_survive_storage() {
        let mut d = Drafts::default();
        d.set(
            ConversationId(1),
            Visibility::Internal,
            "ask the warehouse".into(),
        );
        d.set(ConversationId(2), Visibility::Public, "Добрий день!".into());
        let json = serde_json::to_string(&d).unwrap();
        let back: Drafts = serde_json::from_str(&json).unwrap();
        assert_eq!(back, d);
    }
}
