//! Finding the words of a search in a text, for highlighting: positions in UTF-16 code
//! units (what the browser's DOM ranges count), case-insensitive by per-character lowercase
//! so positions in the lowered text are positions in the original.

/// The `[start, end)` UTF-16 ranges in `text` where a word of `query` occurs, in order,
/// overlapping ranges merged.
pub fn utf16_matches(text: &str, query: &str) -> Vec<(usize, usize)> {
    let lower = |c: char| c.to_lowercase().next().unwrap_or(c);
    let hay: Vec<char> = text.chars().map(lower).collect();
    // UTF-16 offset of each char, and of the end.
    let mut at = Vec::with_capacity(hay.len() + 1);
    let mut n = 0;
    for c in text.chars() {
        at.push(n);
        n += c.len_utf16();
    }
    at.push(n);
    let mut found: Vec<(usize, usize)> = Vec::new();
    for word in query.split_whitespace() {
        let needle: Vec<char> = word.chars().map(lower).collect();
        if needle.is_empty() || needle.len() > hay.len() {
            continue;
        }
        for i in 0..=hay.len() - needle.len() {
            if hay[i..i + needle.len()] == needle[..] {
                found.push((at[i], at[i + needle.len()]));
            }
        }
    }
    found.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(found.len());
    for (s, e) in found {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::utf16_matches;

    #[test]
    fn finds_words_in_any_case_and_merges_overlaps() {
        assert_eq!(
            utf16_matches("Refund the REFUND", "refund"),
            [(0, 6), (11, 17)]
        );
        assert_eq!(utf16_matches("abcabc", "abc bca"), [(0, 6)]);
        assert_eq!(utf16_matches("hello", ""), []);
        assert_eq!(utf16_matches("hi", "high"), []);
    }

    #[test]
    fn counts_utf16_units() {
        // "Привет" is 6 chars, 6 UTF-16 units; the emoji is 2 units.
        assert_eq!(utf16_matches("Привет, ВОЗВРАТ", "возврат"), [(8, 15)]);
        assert_eq!(utf16_matches("😀 refund", "refund"), [(3, 9)]);
        assert_eq!(utf16_matches("Élodie", "élo"), [(0, 3)]);
    }
}
