//! The emoji picker's data: search by name or shortcode (Unicode CLDR names, GitHub
//! shortcodes, default skin tone only, from the `emojis` crate at build time: see
//! `build.rs`), the set shown before anything is typed, and the agent's recent emoji.

use serde::{Deserialize, Serialize};

mod table {
    include!(concat!(env!("OUT_DIR"), "/emoji_table.rs"));
}

/// How many results a search shows at most.
pub const MAX_RESULTS: usize = 80;

/// How many recent emoji are kept.
pub const MAX_RECENT: usize = 24;

/// The group shown before anything is typed: Smileys & Emotion, the first of the CLDR
/// groups.
pub const SMILEYS: u8 = 0;

/// One emoji of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Emoji {
    glyph: &'static str,
    name: &'static str,
    shortcodes: &'static str,
    group: u8,
}

impl Emoji {
    /// The emoji itself (`"🚀"`).
    pub fn as_str(&self) -> &'static str {
        self.glyph
    }

    /// Its CLDR name (`"rocket"`), its accessible name in the picker.
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// Its GitHub shortcodes, without colons (`"tada"`).
    pub fn shortcodes(&self) -> impl Iterator<Item = &'static str> + Clone {
        self.shortcodes.split(' ').filter(|s| !s.is_empty())
    }

    /// Its CLDR group, by position (0 is [`SMILEYS`]).
    pub fn group(&self) -> u8 {
        self.group
    }
}

/// Every emoji, in CLDR order.
pub fn all() -> impl Iterator<Item = Emoji> + Clone {
    table::TABLE.lines().filter_map(|line| {
        let mut f = line.split('\u{1f}');
        Some(Emoji {
            glyph: f.next()?,
            name: f.next()?,
            shortcodes: f.next()?,
            group: f.next()?.parse().ok()?,
        })
    })
}

/// How well `e` matches `q` (lower case, trimmed): 0 best; `None` no match. Every word of
/// the query must start a word of the name or a shortcode.
fn rank(e: &Emoji, q: &str) -> Option<u8> {
    let name = e.name().to_lowercase();
    if name == q || e.shortcodes().any(|s| s == q) {
        return Some(0);
    }
    if name.starts_with(q) || e.shortcodes().any(|s| s.starts_with(q)) {
        return Some(1);
    }
    let words: Vec<&str> = name
        .split(|c: char| c.is_whitespace() || c == '-' || c == ':')
        .collect();
    let every_word = q.split_whitespace().all(|qw| {
        words.iter().any(|w| w.starts_with(qw))
            || e.shortcodes()
                .any(|s| s.split('_').any(|p| p.starts_with(qw)))
    });
    if every_word {
        return Some(2);
    }
    name.contains(q).then_some(3)
}

/// The emoji matching `query`, best first (exact name or shortcode, then prefix, then
/// every word starting a word of the name, then the name containing it), at most
/// [`MAX_RESULTS`]. An empty query gives [`default_set`].
pub fn search(query: &str) -> Vec<Emoji> {
    let q = query.trim().trim_matches(':').to_lowercase();
    if q.is_empty() {
        return default_set();
    }
    let mut hits: Vec<(u8, Emoji)> = all().filter_map(|e| rank(&e, &q).map(|r| (r, e))).collect();
    hits.sort_by_key(|(r, _)| *r);
    hits.into_iter().take(MAX_RESULTS).map(|(_, e)| e).collect()
}

/// What the picker shows before anything is typed: the smileys.
pub fn default_set() -> Vec<Emoji> {
    all().filter(|e| e.group == SMILEYS).collect()
}

/// The emoji whose glyph is `glyph`, if the table has it.
pub fn by_glyph(glyph: &str) -> Option<Emoji> {
    all().find(|e| e.glyph == glyph)
}

/// The agent's recent emoji, most recent first, each once (kept in the browser).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Recent(Vec<String>);

impl Recent {
    /// Puts `glyph` first (moving it if it was there), keeping at most [`MAX_RECENT`].
    pub fn used(&mut self, glyph: &str) {
        self.0.retain(|g| g != glyph);
        self.0.insert(0, glyph.to_owned());
        self.0.truncate(MAX_RECENT);
    }

    /// The recent emoji the table knows, most recent first (a stored glyph this version
    /// does not know is skipped).
    pub fn emojis(&self) -> Vec<Emoji> {
        self.0.iter().filter_map(|g| by_glyph(g)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glyphs(v: &[Emoji]) -> Vec<String> {
        v.iter().map(|e| e.as_str().to_owned()).collect()
    }

    #[test]
    fn the_table_holds_the_default_tones_with_names_and_shortcodes() {
        let n = all().count();
        assert!(n > 1800, "{n} emoji");
        // No skin-tone modifier (U+1F3FB..=U+1F3FF) in the table.
        assert!(all().all(|e| !e
            .as_str()
            .chars()
            .any(|c| ('\u{1F3FB}'..='\u{1F3FF}').contains(&c))));
        let rocket = by_glyph("🚀").unwrap();
        assert_eq!(rocket.name(), "rocket");
        assert!(rocket.shortcodes().any(|s| s == "rocket"));
        assert_eq!(by_glyph("not an emoji"), None);
    }

    #[test]
    fn search_finds_by_name_and_shortcode_best_first() {
        assert_eq!(search("rocket")[0].as_str(), "🚀");
        assert_eq!(search(":tada:")[0].as_str(), "🎉");
        assert!(glyphs(&search("thumbs up")).contains(&"👍".to_owned()));
        assert!(glyphs(&search("THUMBS")).contains(&"👍".to_owned()));
        assert!(search("zzzz-no-such-emoji").is_empty());
    }

    #[test]
    fn search_is_capped() {
        assert_eq!(search("a").len(), MAX_RESULTS);
    }

    #[test]
    fn an_empty_query_shows_the_smileys() {
        let set = search("  ");
        assert_eq!(set[0].as_str(), "😀");
        assert!(set.len() > 100);
        assert!(set.iter().all(|e| e.group() == SMILEYS));
    }

    #[test]
    fn recent_keeps_the_latest_first_each_once() {
        let mut r = Recent::default();
        for g in ["🚀", "🎉", "🚀", "👍"] {
            r.used(g);
        }
        assert_eq!(glyphs(&r.emojis()), ["👍", "🚀", "🎉"]);
        for e in all().take(40) {
            r.used(e.as_str());
        }
        assert_eq!(r.emojis().len(), MAX_RECENT);
    }

    #[test]
    fn recent_survives_storage_and_skips_unknown_glyphs() {
        let stored: Recent = serde_json::from_str(r#"["🚀","not an emoji","🎉"]"#).unwrap();
        assert_eq!(glyphs(&stored.emojis()), ["🚀", "🎉"]);
        let mut r = Recent::default();
        r.used("🎉");
        let back: Recent = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
        assert_eq!(back, r);
    }
}
