//! The agent's time zone as the browser knows it, for the core's zone-free snooze times.

use chrono::{DateTime, Datelike, NaiveDateTime, Timelike, Utc};
use switchboard_core::snooze_choice::{to_local, to_utc};

/// Minutes east of UTC at local wall time `local` (across a daylight-saving change this
/// differs from today's offset).
fn offset_at(local: NaiveDateTime) -> i32 {
    let d = js_sys::Date::new_with_year_month_day_hr_min_sec(
        local.year().max(0) as u32,
        local.month0() as i32,
        local.day() as i32,
        local.hour() as i32,
        local.minute() as i32,
        0,
    );
    -(d.get_timezone_offset() as i32)
}

/// The agent's local time now.
pub fn local_now() -> NaiveDateTime {
    to_local(
        Utc::now(),
        -(js_sys::Date::new_0().get_timezone_offset() as i32),
    )
}

/// The instant of a local wall time of the agent's.
pub fn instant(local: NaiveDateTime) -> DateTime<Utc> {
    to_utc(local, offset_at(local))
}
