//! Which parts of a text the search box matched, for `<mark>` in the chat list.
//!
//! The same rule as [`crate::search`]: every word of the query, Unicode lowercase. Matching
//! runs on a lowercased copy whose bytes may not line up with the original's (`İ` lowercases
//! to two chars, `ẞ` to a char of another length), so each lowercased byte remembers the
//! original char it came from and hits are mapped back to whole original chars: a range
//! never splits a char, whatever the script.

use std::ops::Range;

/// A run of a text: matched by the query or not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment<'a> {
    /// The run, a slice of the original text.
    pub text: &'a str,
    /// Whether it matched a word of the query.
    pub hit: bool,
}

/// The byte ranges of `text` that match a word of `query` (case-insensitive), sorted,
/// with overlapping and touching ranges merged. Empty for an empty query.
pub fn hit_ranges(text: &str, query: &str) -> Vec<Range<usize>> {
    // The lowercased text, and for each of its bytes the original char's byte range.
    let mut lower = String::with_capacity(text.len());
    let mut origin: Vec<Range<usize>> = Vec::with_capacity(text.len());
    for (at, ch) in text.char_indices() {
        let span = at..at + ch.len_utf8();
        for l in ch.to_lowercase() {
            lower.push(l);
            origin.extend(std::iter::repeat_n(span.clone(), l.len_utf8()));
        }
    }
    let mut hits: Vec<Range<usize>> = Vec::new();
    for word in query.split_whitespace() {
        let word: String = word.chars().flat_map(char::to_lowercase).collect();
        // Every occurrence, overlapping ones too ("aa" in "aaa" marks all three).
        let mut from = 0;
        while let Some(found) = lower[from..].find(&word) {
            let start = from + found;
            let end = start + word.len();
            hits.push(origin[start].start..origin[end - 1].end);
            let step = lower[start..].chars().next().map_or(1, char::len_utf8);
            from = start + step;
        }
    }
    merge(hits)
}

/// Sorts ranges and merges those that overlap or touch.
fn merge(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|r| r.start);
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

/// `text` cut into runs that alternate between matched and not (no empty runs); one
/// unmatched run when nothing matches.
pub fn highlight<'a>(text: &'a str, query: &str) -> Vec<Segment<'a>> {
    let mut out = Vec::new();
    let mut at = 0;
    for r in hit_ranges(text, query) {
        if r.start > at {
            out.push(Segment {
                text: &text[at..r.start],
                hit: false,
            });
        }
        out.push(Segment {
            text: &text[r.clone()],
            hit: true,
        });
        at = r.end;
    }
    if at < text.len() || out.is_empty() {
        out.push(Segment {
            text: &text[at..],
            hit: false,
        });
    }
    out
}
