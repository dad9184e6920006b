//! File sizes for people: `5 KB`, `1.5 MB`, in the agent's language.
//!
//! Binary steps (1 KB = 1024 bytes), as file managers on most agents' desktops and the
//! server's own "20 MB" limit count them. One decimal below 10 units (where it tells
//! sizes apart), none above; the number and unit are joined by a no-break space so they
//! never wrap apart.

use crate::i18n::Locale;

/// Bytes in the next unit up.
const STEP: u128 = 1024;

/// The units of a locale, smallest first.
fn units(locale: Locale) -> [&'static str; 5] {
    match locale {
        Locale::En => ["B", "KB", "MB", "GB", "TB"],
        Locale::Fr => ["o", "Ko", "Mo", "Go", "To"],
        Locale::Ru | Locale::Uk => ["Б", "КБ", "МБ", "ГБ", "ТБ"],
    }
}

/// `bytes` in `unit` (0 = bytes), rounded to `scale` (1: whole units, 10: tenths).
/// Integer arithmetic: float formatting would add tens of kilobytes to the bundle.
fn rounded(bytes: u64, unit: u32, scale: u128) -> u128 {
    let div = STEP.pow(unit);
    (u128::from(bytes) * scale + div / 2) / div
}

/// `bytes` as a short size in `locale`.
pub fn format_size(locale: Locale, bytes: u64) -> String {
    let units = units(locale);
    let mut unit = 0;
    // 1023.96 KB would print as `1024 KB`: move on at the rounded value.
    while unit + 1 < units.len() && rounded(bytes, unit as u32, 10) >= STEP * 10 {
        unit += 1;
    }
    let tenths = rounded(bytes, unit as u32, 10);
    let number = if unit == 0 {
        bytes.to_string()
    } else if tenths >= 100 {
        rounded(bytes, unit as u32, 1).to_string()
    } else if tenths.is_multiple_of(10) {
        (tenths / 10).to_string()
    } else {
        let separator = match locale {
            Locale::En => '.',
            Locale::Fr | Locale::Ru | Locale::Uk => ',',
        };
        format!("{}{separator}{}", tenths / 10, tenths % 10)
    };
    format!("{number}\u{a0}{}", units[unit])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en(bytes: u64) -> String {
        format_size(Locale::En, bytes).replace('\u{a0}', " ")
    }

    #[test]
    fn picks_the_unit_and_precision() {
        assert_eq!(en(0), "0 B");
        assert_eq!(en(1023), "1023 B");
        assert_eq!(en(1024), "1 KB");
        assert_eq!(en(1536), "1.5 KB");
        assert_eq!(en(5120), "5 KB");
        assert_eq!(en(10 * 1024 - 1), "10 KB");
        assert_eq!(en(250 * 1024), "250 KB");
        assert_eq!(en(1024 * 1024 - 1), "1 MB");
        assert_eq!(en(20 * 1024 * 1024), "20 MB");
        assert_eq!(en(3 * 1024 * 1024 * 1024 / 2), "1.5 GB");
        assert_eq!(en(u64::MAX), "16777216 TB");
    }

    #[test]
    fn speaks_the_agents_language() {
        assert_eq!(format_size(Locale::Fr, 1536), "1,5\u{a0}Ko");
        assert_eq!(format_size(Locale::Ru, 1536 * 1024), "1,5\u{a0}МБ");
        assert_eq!(format_size(Locale::Uk, 12), "12\u{a0}Б");
    }
}
