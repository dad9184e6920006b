//! Who else has a conversation open, from the socket's ephemeral `viewing` frames, and the
//! line that says so ("Alex is viewing").
//!
//! The server tells an agent who opens a conversation who is already there, and sends
//! `active: false` when a viewer leaves or their socket closes; when our own socket drops
//! nobody's frames reach us, so the app clears everything ([`Viewing::clear`]) and hears
//! it again after reconnecting (it sends its own `viewing` frame again, which brings the
//! answer).

use crate::i18n::{Locale, Msg};
use std::collections::HashMap;
use switchboard_protocol::{AgentId, ConversationId};

/// Viewers per conversation, first come first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Viewing {
    by_conversation: HashMap<ConversationId, Vec<(AgentId, String)>>,
}

impl Viewing {
    /// Takes one frame: `agent` (named `name`) has `id` open (`active`) or left it.
    pub fn set(&mut self, id: ConversationId, agent: AgentId, name: &str, active: bool) {
        let list = self.by_conversation.entry(id).or_default();
        match list.iter_mut().find(|(a, _)| *a == agent) {
            Some(entry) if active => entry.1 = name.to_owned(),
            Some(_) => list.retain(|(a, _)| *a != agent),
            None if active => list.push((agent, name.to_owned())),
            None => {}
        }
        if list.is_empty() {
            self.by_conversation.remove(&id);
        }
    }

    /// The names of who views a conversation, first come first.
    pub fn in_conversation(&self, id: ConversationId) -> impl Iterator<Item = &str> {
        self.by_conversation
            .get(&id)
            .into_iter()
            .flatten()
            .map(|(_, n)| n.as_str())
    }

    /// Forgets everyone (the socket dropped).
    pub fn clear(&mut self) {
        self.by_conversation.clear();
    }
}

/// "Alex is viewing", "Alex and Marta are viewing", "Several agents are viewing" (`None`:
/// nobody else).
pub fn viewing_line<'a>(
    locale: Locale,
    names: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    let names: Vec<&str> = names.into_iter().collect();
    Some(match names.as_slice() {
        [] => return None,
        [one] => locale.viewing_one(one),
        [a, b] => locale.viewing_two(a, b),
        _ => locale.t(Msg::ViewingMany).to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const C: ConversationId = ConversationId(3);

    #[test]
    fn viewers_come_rename_and_go_once_each() {
        let mut v = Viewing::default();
        v.set(C, AgentId(1), "Alex", true);
        v.set(C, AgentId(2), "Marta", true);
        v.set(C, AgentId(1), "Alex M.", true);
        assert_eq!(
            v.in_conversation(C).collect::<Vec<_>>(),
            ["Alex M.", "Marta"]
        );
        v.set(C, AgentId(1), "Alex M.", false);
        v.set(C, AgentId(9), "Nobody", false);
        assert_eq!(v.in_conversation(C).collect::<Vec<_>>(), ["Marta"]);
        v.set(C, AgentId(2), "Marta", false);
        assert_eq!(v, Viewing::default(), "an empty conversation is forgotten");
        v.set(C, AgentId(2), "Marta", true);
        v.clear();
        assert_eq!(v.in_conversation(C).count(), 0);
    }

    #[test]
    fn the_line_names_one_or_two_and_counts_more() {
        let l = Locale::En;
        assert_eq!(viewing_line(l, []), None);
        assert_eq!(viewing_line(l, ["Alex"]).unwrap(), "Alex is viewing");
        assert_eq!(
            viewing_line(l, ["Alex", "Marta"]).unwrap(),
            "Alex and Marta are viewing"
        );
        assert_eq!(
            viewing_line(l, ["A", "B", "C"]).unwrap(),
            "Several agents are viewing"
        );
    }
}
