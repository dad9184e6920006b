//! The composer's suggestion lists: which one the text at the caret asks for (`/`
//! templates, `$` variables, `@` mentions in notes), the query typed after the sign, the
//! range of the editor's text the chosen item replaces, and what a key does while a list
//! is open.
//!
//! A sign counts at the start of the text, after white space or after an opening bracket
//! or quote (`($deal.stage)`), so `a/b`, `5$` and `jean@example.com` open nothing. The query runs from the sign to the caret on one line:
//! template and mention queries may hold single spaces (names have them), a variable
//! query none (keys have none). Offsets are UTF-16 code units, as the editor counts them
//! (`selectionStart`), so an emoji before the sign does not shift the range.

/// A suggestion list the editor can open.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Trigger {
    /// `/`: templates and canned replies.
    Template,
    /// `$`: variables (`{{contact.first_name}}`).
    Variable,
    /// `@`: agents and teams (internal notes only).
    Mention,
}

impl Trigger {
    /// The sign typed to open it.
    pub fn sign(self) -> char {
        match self {
            Trigger::Template => '/',
            Trigger::Variable => '$',
            Trigger::Mention => '@',
        }
    }

    fn of_sign(c: char) -> Option<Trigger> {
        match c {
            '/' => Some(Trigger::Template),
            '$' => Some(Trigger::Variable),
            '@' => Some(Trigger::Mention),
            _ => None,
        }
    }
}

/// A list asked for by the text before the caret.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// Which list.
    pub trigger: Trigger,
    /// What was typed after the sign (the filter).
    pub query: String,
    /// Where the sign is (UTF-16 offset): the start of the text a choice replaces.
    pub start: u32,
    /// The caret (UTF-16 offset): the end of the text a choice replaces.
    pub end: u32,
}

/// The longest query a list stays open for, in characters.
pub const MAX_QUERY_CHARS: usize = 40;

/// The list the text asks for with the caret at `caret` (UTF-16 offset), if any.
/// `mentions`: whether `@` opens the mention list (notes) or is just a character.
pub fn find(text: &str, caret: u32, mentions: bool) -> Option<Found> {
    // The characters before the caret, with their UTF-16 offsets.
    let mut before = Vec::new();
    let mut at = 0u32;
    for c in text.chars() {
        let next = at + c.len_utf16() as u32;
        if next > caret {
            break;
        }
        before.push((at, c));
        at = next;
    }
    let end = at;
    for (i, &(offset, c)) in before.iter().enumerate().rev() {
        if c == '\n' || end - offset > (MAX_QUERY_CHARS as u32 + 1) * 2 {
            return None;
        }
        let Some(trigger) = Trigger::of_sign(c) else {
            continue;
        };
        if trigger == Trigger::Mention && !mentions {
            continue;
        }
        let at_word_start = i == 0 || opens_word(before[i - 1].1);
        if !at_word_start {
            continue;
        }
        let query: String = before[i + 1..].iter().map(|&(_, c)| c).collect();
        return query_fits(trigger, &query).then_some(Found {
            trigger,
            query,
            start: offset,
            end,
        });
    }
    None
}

/// Whether a sign after `c` starts a word: after white space, an opening bracket or an
/// opening quote.
fn opens_word(c: char) -> bool {
    c.is_whitespace() || matches!(c, '(' | '[' | '"' | '\'' | '«' | '“' | '„')
}

/// Whether `query` can still be a filter of `trigger`'s list.
fn query_fits(trigger: Trigger, query: &str) -> bool {
    let spaces_ok = match trigger {
        Trigger::Variable => !query.contains(char::is_whitespace),
        Trigger::Template | Trigger::Mention => {
            !query.starts_with(char::is_whitespace) && !query.contains("  ")
        }
    };
    spaces_ok && query.chars().count() <= MAX_QUERY_CHARS
}

/// What a key does while a list is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyAction {
    /// Make this option the active one.
    Move(usize),
    /// Choose the active option.
    Choose,
    /// Close the list (focus stays in, or goes back to, the editor).
    Close,
    /// Not the list's key: let the editor have it.
    Pass,
}

/// What `key` (`KeyboardEvent.key`) does in a list of `len` options whose active one is
/// `active`, laid out in rows of `columns` (1 for a plain list; the emoji grid has more).
/// Arrows wrap around; Enter and Tab choose; Escape closes. With no options, only Escape
/// is the list's: Enter still sends.
pub fn key_action(key: &str, active: usize, len: usize, columns: usize) -> KeyAction {
    let columns = columns.max(1);
    if key == "Escape" {
        return KeyAction::Close;
    }
    if len == 0 {
        return KeyAction::Pass;
    }
    let active = active.min(len - 1);
    let back = |by: usize| (active + len - by % len) % len;
    match key {
        "ArrowDown" => KeyAction::Move((active + columns) % len),
        "ArrowUp" => KeyAction::Move(back(columns)),
        "ArrowRight" if columns > 1 => KeyAction::Move((active + 1) % len),
        "ArrowLeft" if columns > 1 => KeyAction::Move(back(1)),
        "Home" if columns > 1 => KeyAction::Move(0),
        "End" if columns > 1 => KeyAction::Move(len - 1),
        "PageDown" => KeyAction::Move((active + 5 * columns).min(len - 1)),
        "PageUp" => KeyAction::Move(active.saturating_sub(5 * columns)),
        "Enter" | "Tab" => KeyAction::Choose,
        _ => KeyAction::Pass,
    }
}

/// `text` with the UTF-16 range `start..end` replaced by `with`, and the caret offset
/// (UTF-16) just after the inserted text. Out-of-range offsets are clamped.
pub fn splice(text: &str, start: u32, end: u32, with: &str) -> (String, u32) {
    let units: Vec<u16> = text.encode_utf16().collect();
    let start = (start as usize).min(units.len());
    let end = (end as usize).clamp(start, units.len());
    let mut out = String::from_utf16_lossy(&units[..start]);
    out.push_str(with);
    let caret = out.encode_utf16().count() as u32;
    out.push_str(&String::from_utf16_lossy(&units[end..]));
    (out, caret)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at_end(text: &str, mentions: bool) -> Option<Found> {
        find(text, text.encode_utf16().count() as u32, mentions)
    }

    #[test]
    fn a_sign_at_the_start_or_after_a_space_opens_its_list() {
        let f = at_end("/gre", false).unwrap();
        assert_eq!(
            (f.trigger, f.query.as_str(), f.start, f.end),
            (Trigger::Template, "gre", 0, 4)
        );
        let f = at_end("Dear $contact.fi", false).unwrap();
        assert_eq!(
            (f.trigger, f.query.as_str(), f.start),
            (Trigger::Variable, "contact.fi", 5)
        );
        let f = at_end("hi\n@", true).unwrap();
        assert_eq!(
            (f.trigger, f.query.as_str(), f.start),
            (Trigger::Mention, "", 3)
        );
    }

    #[test]
    fn a_sign_inside_a_word_opens_nothing() {
        for text in ["a/b", "http://x", "costs 5$", "jean@exa", "and/or", "x.$y"] {
            assert_eq!(at_end(text, true), None, "{text}");
        }
        // After an opening bracket or quote it counts.
        assert_eq!(at_end("(stage: $deal", false).unwrap().query, "deal");
        assert_eq!(at_end("«@Ma", true).unwrap().query, "Ma");
    }

    #[test]
    fn at_is_a_plain_character_in_a_reply() {
        assert_eq!(at_end("ask @mar", false), None);
        assert_eq!(at_end("ask @mar", true).unwrap().query, "mar");
        // In a reply, a `/` before the `@` still counts.
        assert_eq!(at_end("/a @b", false).unwrap().trigger, Trigger::Template);
    }

    #[test]
    fn names_may_have_single_spaces_keys_none() {
        assert_eq!(at_end("@Marta Ko", true).unwrap().query, "Marta Ko");
        assert_eq!(at_end("/price list", false).unwrap().query, "price list");
        assert_eq!(at_end("$contact first", false), None);
        assert_eq!(at_end("@Marta  K", true), None, "two spaces end it");
        assert_eq!(at_end("/ x", false), None, "a space right after the sign");
        assert_eq!(at_end("/x\ny", false), None, "a new line ends it");
    }

    #[test]
    fn the_caret_decides_not_the_end_of_the_text() {
        let f = find("/gre and more", 4, false).unwrap();
        assert_eq!((f.query.as_str(), f.start, f.end), ("gre", 0, 4));
        assert_eq!(find("/gre and more", 0, false), None);
    }

    #[test]
    fn offsets_count_utf16_units() {
        // "🙂" is two UTF-16 units; "é" is one.
        let f = at_end("🙂 é $ag", false).unwrap();
        assert_eq!((f.start, f.end), (5, 8));
        let (text, caret) = splice("🙂 é $ag!", f.start, f.end, "{{agent.name}}");
        assert_eq!(text, "🙂 é {{agent.name}}!");
        assert_eq!(caret, 19);
    }

    #[test]
    fn a_long_query_closes_the_list() {
        let long = format!("/{}", "a".repeat(MAX_QUERY_CHARS + 1));
        assert_eq!(at_end(&long, false), None);
        let fits = format!("/{}", "a".repeat(MAX_QUERY_CHARS));
        assert!(at_end(&fits, false).is_some());
    }

    #[test]
    fn keys_move_choose_and_close() {
        use KeyAction::*;
        assert_eq!(key_action("ArrowDown", 0, 3, 1), Move(1));
        assert_eq!(key_action("ArrowDown", 2, 3, 1), Move(0), "wraps");
        assert_eq!(key_action("ArrowUp", 0, 3, 1), Move(2), "wraps back");
        assert_eq!(key_action("Enter", 1, 3, 1), Choose);
        assert_eq!(key_action("Escape", 1, 3, 1), Close);
        assert_eq!(
            key_action("ArrowLeft", 1, 3, 1),
            Pass,
            "the caret's, in a list"
        );
        assert_eq!(key_action("a", 1, 3, 1), Pass);
    }

    #[test]
    fn an_empty_list_leaves_enter_to_the_editor() {
        assert_eq!(key_action("Enter", 0, 0, 1), KeyAction::Pass);
        assert_eq!(key_action("Escape", 0, 0, 1), KeyAction::Close);
    }

    #[test]
    fn a_grid_moves_by_rows_and_columns() {
        use KeyAction::*;
        assert_eq!(key_action("ArrowDown", 1, 20, 8), Move(9));
        assert_eq!(key_action("ArrowRight", 7, 20, 8), Move(8));
        assert_eq!(key_action("ArrowLeft", 0, 20, 8), Move(19));
        assert_eq!(key_action("End", 3, 20, 8), Move(19));
    }
}
