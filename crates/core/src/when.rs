//! How a time is shown in a list row: today a time, this week a weekday, else a date.

use chrono::{DateTime, Datelike, Duration, FixedOffset, Utc};

/// Which format a row's time uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeStyle {
    /// Same local day: `14:05`.
    Time,
    /// Within the last six local days: `Tue`.
    Weekday,
    /// Older (or in the future): `12 Nov`.
    Date,
}

/// The style for `t` seen at `now`, in the agent's local offset (minutes east of UTC).
pub fn time_style(now: DateTime<Utc>, t: DateTime<Utc>, offset_minutes: i32) -> TimeStyle {
    let tz = FixedOffset::east_opt(offset_minutes * 60)
        .unwrap_or(FixedOffset::east_opt(0).expect("zero offset"));
    let (now_day, day) = (
        now.with_timezone(&tz).date_naive(),
        t.with_timezone(&tz).date_naive(),
    );
    if day == now_day {
        TimeStyle::Time
    } else if day < now_day
        && day > now_day - Duration::days(7)
        && day.weekday() != now_day.weekday()
    {
        TimeStyle::Weekday
    } else {
        TimeStyle::Date
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn picks_time_weekday_or_date_in_local_days() {
        let now = Utc.with_ymd_and_hms(2026, 11, 21, 10, 0, 0).unwrap();
        let h = |d: i64| now - Duration::hours(d);
        assert_eq!(time_style(now, h(2), 0), TimeStyle::Time);
        assert_eq!(
            time_style(now, h(11), 0),
            TimeStyle::Weekday,
            "yesterday 23:00 UTC"
        );
        // In Kyiv (UTC+2) yesterday 23:00 UTC is already today 01:00.
        assert_eq!(time_style(now, h(11), 120), TimeStyle::Time);
        assert_eq!(time_style(now, h(24 * 6), 0), TimeStyle::Weekday);
        assert_eq!(time_style(now, h(24 * 7), 0), TimeStyle::Date);
        assert_eq!(time_style(now, now + Duration::days(2), 0), TimeStyle::Date);
    }
}
