//! The end of a snooze as a row words it ("09:00", "Mon 09:00", "12 Nov, 09:00"), through
//! the browser's `Intl` like `crate::format` (the style is the core's `until_style`).

use super::row_commands::local_offset_minutes;
use chrono::{DateTime, Utc};
use js_sys::{Date, Object, Reflect};
use switchboard_core::i18n::Locale;
use switchboard_core::snooze::{until_style, UntilStyle};
use wasm_bindgen::JsValue;

/// When a snooze ends, as short as the distance allows.
pub fn until_time(locale: Locale, t: DateTime<Utc>) -> String {
    let mut pairs = vec![("hour", "2-digit"), ("minute", "2-digit")];
    match until_style(Utc::now(), t, local_offset_minutes()) {
        UntilStyle::Time => {}
        UntilStyle::WeekdayTime => pairs.push(("weekday", "short")),
        UntilStyle::DateTime => pairs.extend([("day", "numeric"), ("month", "short")]),
    }
    let options = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&options, &k.into(), &v.into());
    }
    let d = Date::new(&JsValue::from_f64(t.timestamp_millis() as f64));
    d.to_locale_string(locale.tag(), &options).into()
}
