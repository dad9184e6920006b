//! Closing a conversation with a closing note, per the workspace setting (off, optional,
//! mandatory). The server checks the same rules (`invalid` for a missing mandatory note or
//! an unknown category); checking here first lets the agent fix the form without a round
//! trip, and the server's own message is still shown when it refuses.

use switchboard_protocol::{ClosingNote, ClosingNotes};

/// What is wrong with a closing-note form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoteProblem {
    /// A note needs a category (always for mandatory notes; for optional ones, once text is
    /// written).
    CategoryNeeded,
    /// Mandatory notes need text.
    TextNeeded,
    /// The category is not one of the workspace's.
    UnknownCategory,
}

/// Whether closing asks for a note at all (`Off`: close at once).
pub fn asks_for_note(policy: ClosingNotes) -> bool {
    policy != ClosingNotes::Off
}

/// The note to send with `close`, from the form's category and text (`None`: close without
/// one).
pub fn closing_note(
    policy: ClosingNotes,
    categories: &[String],
    category: &str,
    text: &str,
) -> Result<Option<ClosingNote>, NoteProblem> {
    let (category, text) = (category.trim(), text.trim());
    if policy == ClosingNotes::Off {
        return Ok(None);
    }
    let mandatory = policy == ClosingNotes::Mandatory;
    if category.is_empty() {
        return match (mandatory, text.is_empty()) {
            (false, true) => Ok(None),
            _ => Err(NoteProblem::CategoryNeeded),
        };
    }
    if !categories.iter().any(|c| c == category) {
        return Err(NoteProblem::UnknownCategory);
    }
    if mandatory && text.is_empty() {
        return Err(NoteProblem::TextNeeded);
    }
    Ok(Some(ClosingNote {
        category: category.to_owned(),
        text: text.to_owned(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cats() -> Vec<String> {
        vec!["Resolved".into(), "Spam".into()]
    }

    fn note(category: &str, text: &str) -> Option<ClosingNote> {
        Some(ClosingNote {
            category: category.into(),
            text: text.into(),
        })
    }

    #[test]
    fn off_closes_without_a_note() {
        assert!(!asks_for_note(ClosingNotes::Off));
        assert_eq!(
            closing_note(ClosingNotes::Off, &cats(), "Resolved", "x"),
            Ok(None)
        );
    }

    #[test]
    fn optional_notes_may_be_skipped_but_not_half_written() {
        let p = ClosingNotes::Optional;
        assert!(asks_for_note(p));
        assert_eq!(closing_note(p, &cats(), "", "  "), Ok(None));
        assert_eq!(
            closing_note(p, &cats(), "", "refund sent"),
            Err(NoteProblem::CategoryNeeded)
        );
        assert_eq!(closing_note(p, &cats(), "Spam", ""), Ok(note("Spam", "")));
        assert_eq!(
            closing_note(p, &cats(), "Resolved", " refund sent "),
            Ok(note("Resolved", "refund sent"))
        );
        assert_eq!(
            closing_note(p, &cats(), "Other", "x"),
            Err(NoteProblem::UnknownCategory)
        );
    }

    #[test]
    fn mandatory_notes_need_category_and_text() {
        let p = ClosingNotes::Mandatory;
        assert_eq!(
            closing_note(p, &cats(), "", ""),
            Err(NoteProblem::CategoryNeeded)
        );
        assert_eq!(
            closing_note(p, &cats(), "Resolved", "   "),
            Err(NoteProblem::TextNeeded)
        );
        assert_eq!(
            closing_note(p, &cats(), "Resolved", "done"),
            Ok(note("Resolved", "done"))
        );
    }
}
