//! A file name someone else chose, made safe to show and safe to save.
//!
//! A name is text from outside: `"><img src=x onerror=…>.png` is harmless as long as it
//! only ever reaches a text node (Leptos escapes it), but `invoice\u{202E}gpj.exe` is
//! dangerous *as text*: the right-to-left override makes it read "invoiceexe.jpg". So:
//!
//! - [`display_name`] keeps every character a person can see and turns each invisible
//!   one that changes how the rest reads (direction controls, zero-width characters,
//!   control characters) into a visible `[U+202E]` marker. The app also wraps names in
//!   `<bdi>`, so a right-to-left name cannot reorder the text around it.
//! - [`download_name`] is what the browser saves the file as (the `download` attribute and
//!   the server's `Content-Disposition`): the invisible characters dropped, path
//!   separators, quotes and characters no file system takes replaced by `_`, no leading
//!   dot (a hidden file), never empty, never a Windows device name, at most
//!   [`MAX_DOWNLOAD_CHARS`] characters with the extension kept.

/// Longest download name, in characters (file systems take 255 bytes; a name in a
/// non-Latin script takes two or three bytes a character).
pub const MAX_DOWNLOAD_CHARS: usize = 120;

/// The name saved when nothing of the original is left.
pub const FALLBACK_NAME: &str = "file";

/// Whether `c` is invisible yet changes how the text around it reads or behaves:
/// control characters, bidirectional formatting, zero-width and other format characters.
pub fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}'                  // soft hyphen
            | '\u{034F}'                // combining grapheme joiner
            | '\u{061C}'                // Arabic letter mark
            | '\u{115F}' | '\u{1160}'   // Hangul fillers
            | '\u{17B4}' | '\u{17B5}'   // Khmer inherent vowels
            | '\u{180E}'                // Mongolian vowel separator
            | '\u{200B}'..='\u{200F}'   // zero-width space/joiners, LRM, RLM
            | '\u{202A}'..='\u{202E}'   // LRE, RLE, PDF, LRO, RLO
            | '\u{2060}'..='\u{206F}'   // word joiner, invisible operators, LRI…PDI
            | '\u{3164}'                // Hangul filler
            | '\u{FE00}'..='\u{FE0F}'   // variation selectors
            | '\u{FEFF}'                // byte order mark
            | '\u{FFA0}'                // halfwidth Hangul filler
            | '\u{FFF9}'..='\u{FFFB}'   // interlinear annotations
            | '\u{E0000}'..='\u{E007F}' // tags
        )
}

/// The name as shown: every hidden character written out as `[U+XXXX]`.
pub fn display_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if is_hidden(c) {
            out.push_str(&format!("[U+{:04X}]", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// Whether `c` cannot stand in a saved file's name on some system (or names a path).
fn is_unsavable(c: char) -> bool {
    matches!(
        c,
        '/' | '\\' | ':' | '*' | '?' | '"' | '\'' | '<' | '>' | '|' | '`'
    )
}

/// Names Windows reserves for devices, whatever the extension.
const DEVICES: [&str; 22] = [
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// The name to save the file as (see the module's rules).
pub fn download_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .filter(|&c| !is_hidden(c))
        .map(|c| if is_unsavable(c) { '_' } else { c })
        .collect();
    let trimmed = cleaned
        .trim_matches(|c: char| c.is_whitespace() || c == '.')
        .to_owned();
    let mut out = shorten(&trimmed);
    if out.is_empty() {
        return FALLBACK_NAME.into();
    }
    let stem = out.split('.').next().unwrap_or_default().trim_end();
    if DEVICES.contains(&stem.to_ascii_lowercase().as_str()) {
        out.insert(0, '_');
    }
    out
}

/// At most [`MAX_DOWNLOAD_CHARS`] characters, cutting the stem and keeping a short
/// extension (`…name.pdf`), so the saved file still opens with the right program.
fn shorten(name: &str) -> String {
    if name.chars().count() <= MAX_DOWNLOAD_CHARS {
        return name.to_owned();
    }
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e)
        .filter(|e| (1..=8).contains(&e.chars().count()))
        .map(|e| format!(".{e}"))
        .unwrap_or_default();
    let keep = MAX_DOWNLOAD_CHARS - ext.chars().count();
    let stem: String = name.chars().take(keep).collect();
    format!(
        "{}{ext}",
        stem.trim_end_matches(|c: char| c.is_whitespace() || c == '.')
    )
}

#[cfg(test)]
mod tests;
