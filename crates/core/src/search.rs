//! Matching conversations against the search box (case- and accent-insensitive enough
//! for names: Unicode lowercase).

use switchboard_protocol::ConversationSummary;

/// Whether a conversation matches the query: every word of the query is found in the
/// contact's name, a tag or the last message preview. An empty query matches everything.
pub fn matches(c: &ConversationSummary, query: &str) -> bool {
    hay_matches(&haystack(c), &words(query))
}

/// The query's words, lowercased once per keystroke (not once per conversation).
pub fn words(query: &str) -> Vec<String> {
    query.split_whitespace().map(str::to_lowercase).collect()
}

/// [`matches`] against a haystack built beforehand with [`haystack`]: no allocation per
/// conversation, which is what a keystroke over 10,000 of them costs otherwise.
pub fn hay_matches(hay: &str, words: &[String]) -> bool {
    words.iter().all(|w| hay.contains(w.as_str()))
}

/// The lowercased text a search looks in: name, tags, last message preview and the
/// message a server search found (if any).
pub fn haystack(c: &ConversationSummary) -> String {
    let mut s = c.contact.name.to_lowercase();
    for t in &c.tags {
        s.push('\n');
        s.push_str(&t.to_lowercase());
    }
    if let Some(p) = &c.last_message {
        s.push('\n');
        s.push_str(&p.text.to_lowercase());
    }
    // A server search's answer: the message it found the conversation by.
    if let Some(m) = &c.matched {
        s.push('\n');
        s.push_str(&m.excerpt.to_lowercase());
    }
    s
}
