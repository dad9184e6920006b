//! CLDR cardinal plural rules for integers, for the UI's languages.

use super::Locale;

/// A CLDR plural category.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralCategory {
    /// `one`.
    One,
    /// `few` (Slavic 2–4).
    Few,
    /// `many` (Slavic 0, 5–20...; French large round numbers are ignored for integers).
    Many,
    /// `other`.
    Other,
}

/// The category of the integer `n` in `locale` (CLDR 46 rules, integers only).
pub fn category(locale: Locale, n: u64) -> PluralCategory {
    match locale {
        Locale::En => {
            if n == 1 {
                PluralCategory::One
            } else {
                PluralCategory::Other
            }
        }
        // French: one is i = 0,1.
        Locale::Fr => {
            if n <= 1 {
                PluralCategory::One
            } else {
                PluralCategory::Other
            }
        }
        Locale::Ru | Locale::Uk => {
            let (m10, m100) = (n % 10, n % 100);
            if m10 == 1 && m100 != 11 {
                PluralCategory::One
            } else if (2..=4).contains(&m10) && !(12..=14).contains(&m100) {
                PluralCategory::Few
            } else {
                PluralCategory::Many
            }
        }
    }
}
