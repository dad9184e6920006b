//! Writes the emoji picker's table (`emoji_pick`) from the `emojis` crate: one line per
//! emoji in its default skin tone, `glyph \x1f name \x1f shortcodes \x1f group`, in
//! Unicode CLDR order, as one string constant.
//!
//! Why not use the crate at run time: its table holds every skin-tone variant as a
//! struct with its own name (about 3,700 entries, 350 KB of wasm); the picker needs the
//! 1,900 default ones and four fields. One string of lines is about a quarter of that
//! and costs nothing to load (it is parsed line by line as the agent searches).

use std::fmt::Write as _;
use std::path::Path;

/// Writes `emoji_table.rs` into `out`.
pub fn generate(out: &Path) {
    let mut table = String::new();
    let groups: Vec<emojis::Group> = emojis::Group::iter().collect();
    for e in emojis::iter() {
        let group = groups
            .iter()
            .position(|g| *g == e.group())
            .expect("every emoji is in a group");
        let codes: Vec<&str> = e.shortcodes().collect();
        writeln!(
            table,
            "{}\u{1f}{}\u{1f}{}\u{1f}{}",
            e.as_str(),
            e.name(),
            codes.join(" "),
            group
        )
        .expect("writing to a String");
    }
    std::fs::write(
        out.join("emoji_table.rs"),
        format!("/// The emoji table (see build.rs).\npub const TABLE: &str = {table:?};\n"),
    )
    .expect("OUT_DIR is writable");
}
