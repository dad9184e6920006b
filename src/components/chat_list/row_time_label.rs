//! The end of a snooze as a row words it ("09:00", "Mon 09:00", "12 Nov, 09:00"), through
//! `crate::format`'s cached `Intl` formatters (the style is the core's `until_style`).

use super::row_commands::local_offset_minutes;
use chrono::{DateTime, Utc};
use switchboard_core::i18n::Locale;
use switchboard_core::snooze::{until_style, UntilStyle};

/// When a snooze ends, as short as the distance allows.
pub fn until_time(locale: Locale, t: DateTime<Utc>) -> String {
    let mut pairs = vec![("hour", "2-digit"), ("minute", "2-digit")];
    match until_style(Utc::now(), t, local_offset_minutes()) {
        UntilStyle::Time => {}
        UntilStyle::WeekdayTime => pairs.push(("weekday", "short")),
        UntilStyle::DateTime => pairs.extend([("day", "numeric"), ("month", "short")]),
    }
    crate::format::format(locale, t, &pairs)
}
