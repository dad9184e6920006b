//! Typing, both ways: the status line that says who else types in a conversation
//! ("Anna is typing…"), and when this agent's own typing is worth a frame to the server.

use crate::i18n::{Locale, Msg};
use switchboard_protocol::{ConversationId, Typist};

/// The name a typist goes by: the contact's name, the agent's name, or "AI agent".
pub fn typist_name(locale: Locale, who: &Typist, contact_name: &str) -> String {
    match who {
        Typist::Contact => contact_name.to_owned(),
        Typist::Agent { name, .. } => name.clone(),
        Typist::Ai => locale.t(Msg::AiAgent).to_owned(),
    }
}

/// The line for these typists, first come first (`None`: nobody types).
pub fn typing_line<'a>(
    locale: Locale,
    who: impl IntoIterator<Item = &'a Typist>,
    contact_name: &str,
) -> Option<String> {
    let names: Vec<String> = who
        .into_iter()
        .map(|t| typist_name(locale, t, contact_name))
        .collect();
    Some(match names.as_slice() {
        [] => return None,
        [one] => locale.typing_one(one),
        [a, b] => locale.typing_two(a, b),
        _ => locale.t(Msg::TypingMany).to_owned(),
    })
}

/// This agent's typing as the server should hear it: a "typing" frame at the first key
/// press and again every [`TypingOut::REPEAT_MS`] while typing goes on (the server's
/// lapse is 6 s), "stopped" when the draft is emptied, sent, or the agent moves to
/// another conversation. Frames are `(conversation, active)`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TypingOut {
    /// Where the last "typing" frame went, and when (ms).
    last: Option<(ConversationId, f64)>,
}

impl TypingOut {
    /// How often a "typing" frame is repeated while the agent types: under the 6 s lapse,
    /// so the others never see it flicker off mid-sentence.
    pub const REPEAT_MS: f64 = 3_000.0;

    /// The draft of `id` changed at `now` (ms); `has_text` says whether anything is left.
    pub fn input(
        &mut self,
        id: ConversationId,
        has_text: bool,
        now: f64,
    ) -> Vec<(ConversationId, bool)> {
        let mut out = Vec::new();
        if let Some((other, _)) = self.last.filter(|(c, _)| *c != id) {
            out.push((other, false));
            self.last = None;
        }
        if !has_text {
            out.extend(self.stop());
            return out;
        }
        let due = self.last.is_none_or(|(_, at)| now - at >= Self::REPEAT_MS);
        if due {
            self.last = Some((id, now));
            out.push((id, true));
        }
        out
    }

    /// The agent sent the message or left: a "stopped" frame if a "typing" one is out.
    pub fn stop(&mut self) -> Option<(ConversationId, bool)> {
        self.last.take().map(|(id, _)| (id, false))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use switchboard_protocol::AgentId;

    #[test]
    fn the_line_names_who_types() {
        let l = Locale::En;
        assert_eq!(typing_line(l, [], "Anna"), None);
        assert_eq!(
            typing_line(l, [&Typist::Contact], "Anna").as_deref(),
            Some("Anna is typing…")
        );
        assert_eq!(
            typing_line(l, [&Typist::Ai], "Anna").as_deref(),
            Some("AI agent is typing…")
        );
        let alex = Typist::Agent {
            id: AgentId(2),
            name: "Alex Morgan".into(),
        };
        assert_eq!(
            typing_line(l, [&Typist::Contact, &alex], "Anna").as_deref(),
            Some("Anna and Alex Morgan are typing…")
        );
        assert_eq!(
            typing_line(l, [&Typist::Contact, &alex, &Typist::Ai], "Anna").as_deref(),
            Some("Several people are typing…")
        );
        assert_eq!(
            typing_line(Locale::Uk, [&Typist::Contact], "Анна").as_deref(),
            Some("Анна друкує…")
        );
    }

    #[test]
    fn own_typing_is_sent_at_first_then_throttled() {
        let (a, b) = (ConversationId(1), ConversationId(2));
        let mut t = TypingOut::default();
        assert_eq!(t.input(a, true, 0.0), vec![(a, true)]);
        assert_eq!(t.input(a, true, 1_000.0), vec![], "throttled");
        assert_eq!(t.input(a, true, 2_999.0), vec![]);
        assert_eq!(
            t.input(a, true, 3_000.0),
            vec![(a, true)],
            "repeated in time"
        );
        // Emptying the draft stops; so does sending.
        assert_eq!(t.input(a, false, 3_100.0), vec![(a, false)]);
        assert_eq!(t.input(a, false, 3_200.0), vec![], "only once");
        assert_eq!(t.input(a, true, 3_300.0), vec![(a, true)]);
        assert_eq!(t.stop(), Some((a, false)));
        assert_eq!(t.stop(), None);
        // Moving to another conversation stops the first.
        assert_eq!(t.input(a, true, 10_000.0), vec![(a, true)]);
        assert_eq!(t.input(b, true, 10_100.0), vec![(a, false), (b, true)]);
    }
}
