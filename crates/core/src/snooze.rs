//! Snooze times a row offers (menu presets, the swipe) and how a snoozed-until time is
//! worded, in the agent's local time.
//!
//! The local time is a fixed offset (minutes east of UTC, what the browser says now): a
//! preset that crosses a daylight-saving change lands an hour off 9:00, which is harmless
//! for a reminder and keeps the core free of time-zone tables.

use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveTime, Utc};

/// The hour snooze presets wake a conversation at ("tomorrow 9:00").
pub const MORNING_HOUR: u32 = 9;

/// A snooze time offered by the row menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SnoozePreset {
    /// One hour from now.
    OneHour,
    /// Tomorrow at 9:00 local time.
    Tomorrow,
    /// Next Monday at 9:00 local time (a week on if today is Monday).
    NextWeek,
}

impl SnoozePreset {
    /// Every preset, in menu order.
    pub const ALL: [SnoozePreset; 3] = [
        SnoozePreset::OneHour,
        SnoozePreset::Tomorrow,
        SnoozePreset::NextWeek,
    ];

    /// When a conversation snoozed at `now` wakes, for an agent `offset_minutes` east of UTC.
    pub fn until(self, now: DateTime<Utc>, offset_minutes: i32) -> DateTime<Utc> {
        let tz = offset(offset_minutes);
        let today = now.with_timezone(&tz).date_naive();
        let days = match self {
            SnoozePreset::OneHour => return now + Duration::hours(1),
            SnoozePreset::Tomorrow => 1,
            SnoozePreset::NextWeek => 7 - i64::from(today.weekday().num_days_from_monday()),
        };
        let morning = NaiveTime::from_hms_opt(MORNING_HOUR, 0, 0).expect("a valid hour");
        let local = (today + Duration::days(days)).and_time(morning);
        local
            .and_local_timezone(tz)
            .single()
            .map_or(now + Duration::days(days), |t| t.with_timezone(&Utc))
    }
}

fn offset(minutes: i32) -> FixedOffset {
    FixedOffset::east_opt(minutes * 60).unwrap_or(FixedOffset::east_opt(0).expect("zero offset"))
}

/// How a future time (a snooze's end) is worded in a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UntilStyle {
    /// Later today: `09:00`.
    Time,
    /// Within the next six local days: `Mon 09:00`.
    WeekdayTime,
    /// Further, or already past: `12 Nov 09:00`.
    DateTime,
}

/// The style for the end of a snooze `t`, seen at `now` by an agent `offset_minutes` east
/// of UTC.
pub fn until_style(now: DateTime<Utc>, t: DateTime<Utc>, offset_minutes: i32) -> UntilStyle {
    let tz = offset(offset_minutes);
    let (today, day) = (
        now.with_timezone(&tz).date_naive(),
        t.with_timezone(&tz).date_naive(),
    );
    if day == today {
        UntilStyle::Time
    } else if day > today && day < today + Duration::days(7) {
        UntilStyle::WeekdayTime
    } else {
        UntilStyle::DateTime
    }
}
