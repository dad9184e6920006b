//! Dates and times for display, through the browser's `Intl` (so every locale formats
//! the way its readers expect, with no date tables in the bundle).

use chrono::{DateTime, Utc};
use js_sys::{Array, Date, Function, Intl, Object, Reflect};
use std::cell::RefCell;
use std::collections::HashMap;
use switchboard_core::i18n::Locale;
use switchboard_core::when::{time_style, TimeStyle};
use wasm_bindgen::JsValue;

thread_local! {
    /// One `Intl.DateTimeFormat` per language and set of options, made once: making one
    /// (what `Date#toLocaleString` does at every call) costs far more than formatting, and
    /// a busy list formats a time for every row it renders. A formatter keeps the time
    /// zone it was made in; a reload picks up a new one.
    static FORMATS: RefCell<HashMap<(Locale, String), Function>> = RefCell::new(HashMap::new());
}

fn options(pairs: &[(&str, &str)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &(*k).into(), &(*v).into());
    }
    o
}

/// `t` in `locale` with the `Intl` options `pairs` (`[("hour", "2-digit")]`).
pub fn format(locale: Locale, t: DateTime<Utc>, pairs: &[(&str, &str)]) -> String {
    let key = (locale, format!("{pairs:?}"));
    let f = FORMATS.with(|f| {
        f.borrow_mut()
            .entry(key)
            .or_insert_with(|| {
                let tags = Array::of1(&locale.tag().into());
                Intl::DateTimeFormat::new(&tags, &options(pairs)).format()
            })
            .clone()
    });
    let d = Date::new(&JsValue::from_f64(t.timestamp_millis() as f64));
    f.call1(&JsValue::NULL, &d)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

/// The agent's offset from UTC in minutes east (what `Date#getTimezoneOffset` negates).
pub fn local_offset_minutes() -> i32 {
    -(Date::new_0().get_timezone_offset() as i32)
}

/// A list row's time: `14:05` today, `Tue` this week, else `12 Nov`.
pub fn row_time(locale: Locale, t: DateTime<Utc>) -> String {
    match time_style(Utc::now(), t, local_offset_minutes()) {
        TimeStyle::Time => format(locale, t, &[("hour", "2-digit"), ("minute", "2-digit")]),
        TimeStyle::Weekday => format(locale, t, &[("weekday", "short")]),
        TimeStyle::Date => format(locale, t, &[("day", "numeric"), ("month", "short")]),
    }
}

/// A message's time: `14:05`.
pub fn clock(locale: Locale, t: DateTime<Utc>) -> String {
    format(locale, t, &[("hour", "2-digit"), ("minute", "2-digit")])
}

/// A full date and time, for tooltips: `21 Nov 2026, 14:05`.
pub fn full(locale: Locale, t: DateTime<Utc>) -> String {
    format(
        locale,
        t,
        &[
            ("day", "numeric"),
            ("month", "short"),
            ("year", "numeric"),
            ("hour", "2-digit"),
            ("minute", "2-digit"),
        ],
    )
}

/// A date: `21 Nov 2026`.
pub fn date(locale: Locale, t: DateTime<Utc>) -> String {
    format(
        locale,
        t,
        &[("day", "numeric"), ("month", "short"), ("year", "numeric")],
    )
}

/// A day heading of the message log: `Today`, `Yesterday`, else `Tuesday, 17 November 2026`.
pub fn day_heading(locale: Locale, day: chrono::NaiveDate) -> String {
    let offset = chrono::Duration::minutes(i64::from(local_offset_minutes()));
    let today = (Utc::now() + offset).date_naive();
    if day == today {
        return locale.t(switchboard_core::i18n::Msg::Today).to_owned();
    }
    if today.pred_opt() == Some(day) {
        return locale.t(switchboard_core::i18n::Msg::Yesterday).to_owned();
    }
    // Noon UTC of that day stays on that day in every zone but the most extreme ones.
    let noon = day.and_hms_opt(12, 0, 0).expect("noon exists").and_utc();
    format(
        locale,
        noon,
        &[
            ("weekday", "long"),
            ("day", "numeric"),
            ("month", "long"),
            ("year", "numeric"),
            ("timeZone", "UTC"),
        ],
    )
}
