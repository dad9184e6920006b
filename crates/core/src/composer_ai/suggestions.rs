//! Which suggested reply the composer shows. The server answers with a few suggestions,
//! best first (the offline ranker gives up to three, a model one); "Try again" shows the
//! next one not shown yet, and asks the server again only when the answer is used up.
//! A suggestion already shown is never offered again as "another".

use switchboard_protocol::Suggestion;

/// The suggestions of one conversation, and which is shown.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SuggestionCycle {
    items: Vec<Suggestion>,
    at: Option<usize>,
    seen: Vec<String>,
}

impl SuggestionCycle {
    /// Takes an answer from the server and shows its first suggestion not shown yet.
    /// False when it holds nothing new (what was shown stays).
    pub fn load(&mut self, items: Vec<Suggestion>) -> bool {
        let fresh = items.iter().position(|s| !self.seen.contains(&s.id));
        match fresh {
            Some(i) => {
                self.items = items;
                self.show(i);
                true
            }
            None => false,
        }
    }

    /// Shows the next suggestion of the last answer not shown yet; false when there is
    /// none (the caller asks the server again).
    pub fn advance(&mut self) -> bool {
        let start = self.at.map_or(0, |a| a + 1);
        let next = (start..self.items.len()).find(|&i| !self.seen.contains(&self.items[i].id));
        match next {
            Some(i) => {
                self.show(i);
                true
            }
            None => false,
        }
    }

    /// The suggestion shown.
    pub fn current(&self) -> Option<&Suggestion> {
        self.items.get(self.at?)
    }

    /// How many different suggestions were shown.
    pub fn shown(&self) -> usize {
        self.seen.len()
    }

    fn show(&mut self, i: usize) {
        self.at = Some(i);
        let id = self.items[i].id.clone();
        if !self.seen.contains(&id) {
            self.seen.push(id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use switchboard_protocol::SuggestionSource;

    fn s(id: &str) -> Suggestion {
        Suggestion {
            id: id.into(),
            text: format!("text {id}"),
            translation: None,
            source: SuggestionSource::Ranker,
        }
    }

    #[test]
    fn try_again_walks_the_answer_then_needs_a_new_one() {
        let mut c = SuggestionCycle::default();
        assert!(c.current().is_none());
        assert!(c.load(vec![s("a"), s("b")]));
        assert_eq!(c.current().unwrap().id, "a");
        assert!(c.advance());
        assert_eq!(c.current().unwrap().id, "b");
        assert!(!c.advance(), "used up: ask the server");
        assert_eq!(c.current().unwrap().id, "b", "still shown");
        // The same ranking again: nothing new.
        assert!(!c.load(vec![s("a"), s("b")]));
        assert_eq!(c.current().unwrap().id, "b");
        // A model's new answer.
        assert!(c.load(vec![s("a"), s("c")]));
        assert_eq!(c.current().unwrap().id, "c");
        assert_eq!(c.shown(), 3);
    }

    #[test]
    fn an_empty_answer_is_nothing_new() {
        let mut c = SuggestionCycle::default();
        assert!(!c.load(Vec::new()));
        assert!(c.current().is_none());
        assert!(!c.advance());
    }
}
