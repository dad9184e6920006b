//! UI strings in every language, from Fluent files, checked at build time.
//!
//! The pipeline:
//!
//! 1. Translators edit `locales/<tag>/*.ftl` at the repository root (Fluent syntax; see
//!    `locales/README.md`). English (`locales/en/`) defines the keys.
//! 2. `build.rs` (`build/locales.rs`) parses them with `fluent-syntax` and generates
//!    `catalogue.rs`'s contents: the `Msg` enum (one variant per English message,
//!    `err-panel-text-too-long` → `Msg::ErrPanelTextTooLong`), the `Count` enum (one
//!    variant per `count-*` message), each language's texts as one static string with the
//!    offsets where each ends, and a typed method on `Locale` for every message with
//!    variables. The build fails on a file that does not parse, a key English lacks, or
//!    variables that differ from English's.
//! 3. At run time `Locale::t` is a slice of the language's static string (variables left
//!    written `{max}`, so callers may `.replace("{max}", …)`), `Locale::count` picks the
//!    plural form with the CLDR rules of `plural.rs`, and the typed methods fill the
//!    variables in (`Locale::err_panel_text_too_long(self, max: &dyn Display) -> String`,
//!    arguments in alphabetical order of the variable names).
//!
//! Nothing of Fluent ships in the bundle: no parser, no formatter, no CLDR data; the whole
//! catalogue is static strings. A key a language lacks falls back to English at run time,
//! and the host test `every_language_has_every_key` fails on any, so the fallback never
//! shows in a release (`cargo test -p switchboard-core every_language` lists them).

mod catalogue;
mod plural;

pub use catalogue::{Count, Msg};
pub use plural::{category, PluralCategory};

use std::fmt::{Display, Write as _};

/// A language the UI speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    /// English (complete: every key).
    #[default]
    En,
    /// Russian.
    Ru,
    /// Ukrainian.
    Uk,
    /// French.
    Fr,
}

impl Locale {
    /// Every locale, in the order the language menu lists them.
    pub const ALL: [Locale; 4] = [Locale::En, Locale::Ru, Locale::Uk, Locale::Fr];

    /// BCP 47 tag (`"uk"`), also used for `Intl` formatting and `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Ru => "ru",
            Locale::Uk => "uk",
            Locale::Fr => "fr",
        }
    }

    /// The language's own name, for the language menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Ru => "Русский",
            Locale::Uk => "Українська",
            Locale::Fr => "Français",
        }
    }

    /// The best locale for a browser language list (`navigator.languages`), English if none
    /// matches. `"uk-UA"` gives Ukrainian, `"fr-CA"` French.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Locale {
        preferred
            .into_iter()
            .find_map(Locale::from_tag)
            .unwrap_or_default()
    }

    /// The locale of a BCP 47 tag, by its primary language.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// The text of a key in this locale (English where this locale has none yet).
    ///
    /// Variables are written `{name}` in the text; the typed methods (one per message with
    /// variables, such as `Locale::err_panel_text_too_long`) fill them in.
    pub fn t(self, msg: Msg) -> &'static str {
        catalogue::own_text(self, msg)
            .or_else(|| catalogue::own_text(Locale::En, msg))
            .unwrap_or_default()
    }

    /// A counted phrase (`"3 unread"`), in the plural form this language uses for `n`.
    pub fn count(self, what: Count, n: u64) -> String {
        let form = catalogue::own_count(self, what, category(self, n))
            .or_else(|| catalogue::own_count(Locale::En, what, category(Locale::En, n)));
        form.unwrap_or_default().replace("{n}", &n.to_string())
    }
}

/// `text` with each `{name}` whose name is in `args` replaced by its value; other braces
/// are copied as they are. One shared function keeps the typed methods a line each.
fn fill(text: &str, args: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let arg = after.find('}').and_then(|close| {
            Some((
                close,
                args.iter().find(|(name, _)| *name == &after[..close])?,
            ))
        });
        match arg {
            Some((close, (_, value))) => {
                let _ = write!(out, "{value}");
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod view_text;
