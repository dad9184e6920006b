//! UI strings in every language, checked at compile time.
//!
//! Why not a crate: a key is an enum variant, so a typo does not compile; English is an
//! exhaustive `match`, so a key without English text does not compile; the other languages
//! fall back to English key by key while their catalogues grow. The whole catalogue is a few
//! kilobytes of static strings in the bundle, with no runtime parsing (leptos_i18n's ICU
//! data costs hundreds of kilobytes). Plurals follow the CLDR cardinal rules of each
//! language (`plural.rs`).

mod en;
mod fr;
mod msg;
mod plural;
mod ru;
mod uk;

pub use msg::{Count, Msg};
pub use plural::{category, PluralCategory};

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
    pub fn t(self, msg: Msg) -> &'static str {
        let own = match self {
            Locale::En => None,
            Locale::Ru => ru::text(msg),
            Locale::Uk => uk::text(msg),
            Locale::Fr => fr::text(msg),
        };
        own.unwrap_or_else(|| en::text(msg))
    }

    /// A counted phrase (`"3 unread"`), in the plural form this language uses for `n`.
    pub fn count(self, what: Count, n: u64) -> String {
        let cat = category(self, n);
        let form = match self {
            Locale::En => None,
            Locale::Ru => ru::count(what, cat),
            Locale::Uk => uk::count(what, cat),
            Locale::Fr => fr::count(what, cat),
        };
        let form = form.unwrap_or_else(|| en::count(what, category(Locale::En, n)));
        form.replace("{n}", &n.to_string())
    }
}

#[cfg(test)]
mod tests;
