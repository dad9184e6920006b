//! The step back after a tool replaced the draft's text (an AI prompt, an inserted
//! suggestion, a summary): `Undo` gives back the text from before.
//!
//! Invariant: a step is offered only while the draft still holds exactly the text the
//! tool put there. Once the agent edits it, undoing would throw their edits away, so the
//! step is dropped instead. Steps chain: after undoing one, the one before it is offered
//! again (its result is the text now in the editor).

use std::collections::HashMap;
use switchboard_protocol::{ConversationId, Visibility};

/// How many steps are kept per draft.
pub const DEPTH: usize = 10;

/// One replacement of a draft's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    /// The text before.
    pub before: String,
    /// The text the tool put in.
    pub after: String,
}

/// The undo steps of every draft (per conversation and mode, as drafts are).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DraftUndo {
    steps: HashMap<(ConversationId, Visibility), Vec<Step>>,
}

impl DraftUndo {
    /// Records that a tool replaced `before` with `after` (nothing when they are equal).
    pub fn record(&mut self, c: ConversationId, mode: Visibility, before: &str, after: &str) {
        if before == after {
            return;
        }
        let steps = self.steps.entry((c, mode)).or_default();
        steps.push(Step {
            before: before.to_owned(),
            after: after.to_owned(),
        });
        if steps.len() > DEPTH {
            steps.remove(0);
        }
    }

    /// Whether `Undo` can give back an earlier text while the draft holds `current`.
    pub fn can_undo(&self, c: ConversationId, mode: Visibility, current: &str) -> bool {
        self.steps
            .get(&(c, mode))
            .and_then(|s| s.last())
            .is_some_and(|s| s.after == current)
    }

    /// The text to put back, when the draft holds `current` (the step is used up). When
    /// the agent has edited since, the stale steps are dropped and there is nothing.
    pub fn undo(&mut self, c: ConversationId, mode: Visibility, current: &str) -> Option<String> {
        let steps = self.steps.get_mut(&(c, mode))?;
        let last = steps.pop()?;
        if last.after == current {
            return Some(last.before);
        }
        steps.clear();
        None
    }

    /// Forgets a draft's steps (it was sent).
    pub fn clear(&mut self, c: ConversationId, mode: Visibility) {
        self.steps.remove(&(c, mode));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const C: ConversationId = ConversationId(1);
    const R: Visibility = Visibility::Public;

    #[test]
    fn one_step_back_then_the_one_before() {
        let mut u = DraftUndo::default();
        u.record(C, R, "helo", "Hello");
        u.record(C, R, "Hello", "Hello there!");
        assert!(u.can_undo(C, R, "Hello there!"));
        assert!(!u.can_undo(C, Visibility::Internal, "Hello there!"));
        assert_eq!(u.undo(C, R, "Hello there!").as_deref(), Some("Hello"));
        assert!(u.can_undo(C, R, "Hello"));
        assert_eq!(u.undo(C, R, "Hello").as_deref(), Some("helo"));
        assert!(!u.can_undo(C, R, "helo"));
        assert_eq!(u.undo(C, R, "helo"), None);
    }

    #[test]
    fn an_edit_after_the_tool_drops_the_step() {
        let mut u = DraftUndo::default();
        u.record(C, R, "", "Suggested reply");
        assert!(!u.can_undo(C, R, "Suggested reply, edited"));
        assert_eq!(u.undo(C, R, "Suggested reply, edited"), None);
        assert!(!u.can_undo(C, R, "Suggested reply"), "dropped for good");
    }

    #[test]
    fn no_step_for_no_change_and_the_depth_is_bounded() {
        let mut u = DraftUndo::default();
        u.record(C, R, "same", "same");
        assert!(!u.can_undo(C, R, "same"));
        for i in 0..(DEPTH + 5) {
            u.record(C, R, &i.to_string(), &(i + 1).to_string());
        }
        let mut n = 0;
        let mut text = (DEPTH + 5).to_string();
        while let Some(back) = u.undo(C, R, &text) {
            text = back;
            n += 1;
        }
        assert_eq!(n, DEPTH);
        u.record(C, R, "a", "b");
        u.clear(C, R);
        assert!(!u.can_undo(C, R, "b"));
    }
}
