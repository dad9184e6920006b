//! `@mentions` in a note's text, for highlighting.
//!
//! A mention is `@` followed by one of the given names (an agent's full name or first
//! name), in any case, not preceded by a letter or digit (so `jean@example.com` is not a
//! mention) and not followed by one (so `@Mart` does not match inside `@Martha`). The
//! longest name wins (`@Marta Kowalska` over `@Marta`). Joined, the parts give back the
//! text exactly.

/// A run of a note's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentionPart<'a> {
    /// Ordinary text.
    Text(&'a str),
    /// A mention, `@` included.
    Mention(&'a str),
}

/// Cuts `text` into plain runs and mentions of `names`.
pub fn split_mentions<'a>(text: &'a str, names: &[&str]) -> Vec<MentionPart<'a>> {
    let mut out = Vec::new();
    let mut plain_from = 0;
    let mut i = 0;
    while let Some(at) = text[i..].find('@').map(|k| i + k) {
        let starts_word = text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == '.'));
        let len = starts_word
            .then(|| longest_name(&text[at + 1..], names))
            .flatten();
        match len {
            Some(len) => {
                if plain_from < at {
                    out.push(MentionPart::Text(&text[plain_from..at]));
                }
                out.push(MentionPart::Mention(&text[at..at + 1 + len]));
                i = at + 1 + len;
                plain_from = i;
            }
            None => i = at + 1,
        }
    }
    if plain_from < text.len() {
        out.push(MentionPart::Text(&text[plain_from..]));
    }
    out
}

/// The byte length, in `s`, of the longest name `s` starts with (any case, ending at a
/// word boundary).
fn longest_name(s: &str, names: &[&str]) -> Option<usize> {
    names
        .iter()
        .filter(|n| !n.trim().is_empty())
        .filter_map(|n| prefix_len_ignoring_case(s, n))
        .filter(|&len| !s[len..].chars().next().is_some_and(char::is_alphanumeric))
        .max()
}

/// How many bytes of `s` spell `prefix` in any case, if `s` starts with it.
fn prefix_len_ignoring_case(s: &str, prefix: &str) -> Option<usize> {
    let mut rest = s.char_indices();
    let mut len = 0;
    for p in prefix.chars() {
        let (i, c) = rest.next()?;
        if !c.to_lowercase().eq(p.to_lowercase()) {
            return None;
        }
        len = i + c.len_utf8();
    }
    Some(len)
}

#[cfg(test)]
mod tests;
