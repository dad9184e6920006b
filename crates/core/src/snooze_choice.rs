//! When "Snooze" wakes a conversation: the presets (later today, tomorrow 9:00, next week)
//! and a chosen date and time.
//!
//! Presets are wall-clock times of the agent's own day, so they are worked out on a local
//! date and time (`NaiveDateTime`) with no time zone at all; turning one into the instant
//! the server stores needs the agent's UTC offset *at that local time* (which differs from
//! today's across a daylight-saving change), so the caller passes it to [`to_utc`]. Every
//! function here is therefore the same on any machine, whatever its time zone.

use chrono::{DateTime, Datelike, Duration, NaiveDateTime, NaiveTime, Timelike, Utc};

/// The morning hour "tomorrow" and "next week" wake at.
pub const MORNING_HOUR: u32 = 9;
/// "Later today" is at least this many hours ahead (then rounded up to the full hour).
pub const LATER_TODAY_HOURS: i64 = 3;

/// A snooze preset.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SnoozePreset {
    /// Three hours ahead, on the full hour, while that is still today.
    LaterToday,
    /// Tomorrow at 9:00.
    Tomorrow,
    /// Next Monday at 9:00 (a week ahead on a Monday).
    NextWeek,
}

impl SnoozePreset {
    /// Every preset, in menu order.
    pub const ALL: [SnoozePreset; 3] = [
        SnoozePreset::LaterToday,
        SnoozePreset::Tomorrow,
        SnoozePreset::NextWeek,
    ];

    /// The local time this preset means at local time `now`; `None` when it is not on
    /// offer (later today, late in the evening).
    pub fn at(self, now: NaiveDateTime) -> Option<NaiveDateTime> {
        let morning = NaiveTime::from_hms_opt(MORNING_HOUR, 0, 0).expect("a valid hour");
        match self {
            SnoozePreset::LaterToday => {
                let ahead = now + Duration::hours(LATER_TODAY_HOURS);
                let on_the_hour = ahead.date().and_hms_opt(ahead.hour(), 0, 0)?;
                let t = if on_the_hour < ahead {
                    on_the_hour + Duration::hours(1)
                } else {
                    on_the_hour
                };
                (t.date() == now.date()).then_some(t)
            }
            SnoozePreset::Tomorrow => Some(now.date().succ_opt()?.and_time(morning)),
            SnoozePreset::NextWeek => {
                let days = 7 - i64::from(now.weekday().num_days_from_monday());
                Some((now.date() + Duration::days(days)).and_time(morning))
            }
        }
    }
}

/// The presets on offer at local time `now`, with their local times, in menu order.
pub fn presets(now: NaiveDateTime) -> Vec<(SnoozePreset, NaiveDateTime)> {
    SnoozePreset::ALL
        .into_iter()
        .filter_map(|p| p.at(now).map(|t| (p, t)))
        .collect()
}

/// The local time of instant `t` for an agent `offset_minutes` east of UTC.
pub fn to_local(t: DateTime<Utc>, offset_minutes: i32) -> NaiveDateTime {
    t.naive_utc() + Duration::minutes(i64::from(offset_minutes))
}

/// The instant of local time `local` for an agent `offset_minutes` east of UTC at that
/// local time.
pub fn to_utc(local: NaiveDateTime, offset_minutes: i32) -> DateTime<Utc> {
    (local - Duration::minutes(i64::from(offset_minutes))).and_utc()
}

/// Why a chosen time cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SnoozeProblem {
    /// Not a date and time (`<input type="datetime-local">` gives `2026-11-22T09:00`).
    Unreadable,
    /// Not in the future.
    Past,
}

/// Reads the value of a `datetime-local` input (`YYYY-MM-DDTHH:MM`, seconds optional).
pub fn parse_local(input: &str) -> Result<NaiveDateTime, SnoozeProblem> {
    let input = input.trim();
    [
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M:%S%.f",
    ]
    .into_iter()
    .find_map(|f| NaiveDateTime::parse_from_str(input, f).ok())
    .ok_or(SnoozeProblem::Unreadable)
}

/// A chosen wake-up instant, checked against `now` (the server refuses the past too).
pub fn check_until(
    until: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<DateTime<Utc>, SnoozeProblem> {
    if until > now {
        Ok(until)
    } else {
        Err(SnoozeProblem::Past)
    }
}

/// The value for a `datetime-local` input's `min` or default (`2026-11-22T09:00`).
pub fn input_value(local: NaiveDateTime) -> String {
    local.format("%Y-%m-%dT%H:%M").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDate, TimeZone};

    fn local(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, min, 0)
            .unwrap()
    }

    #[test]
    fn later_today_is_three_hours_ahead_on_the_full_hour() {
        // Saturday 21 November 2026.
        let now = local(2026, 11, 21, 10, 20);
        assert_eq!(
            SnoozePreset::LaterToday.at(now),
            Some(local(2026, 11, 21, 14, 0))
        );
        // Already on the hour: not pushed a further hour.
        assert_eq!(
            SnoozePreset::LaterToday.at(local(2026, 11, 21, 10, 0)),
            Some(local(2026, 11, 21, 13, 0))
        );
        // Late in the evening it would be tomorrow: not offered.
        assert_eq!(
            SnoozePreset::LaterToday.at(local(2026, 11, 21, 21, 1)),
            None
        );
        assert_eq!(
            presets(local(2026, 11, 21, 22, 0))
                .iter()
                .map(|(p, _)| *p)
                .collect::<Vec<_>>(),
            vec![SnoozePreset::Tomorrow, SnoozePreset::NextWeek]
        );
    }

    #[test]
    fn tomorrow_and_next_week_wake_at_nine() {
        let saturday = local(2026, 11, 21, 23, 50);
        assert_eq!(
            SnoozePreset::Tomorrow.at(saturday),
            Some(local(2026, 11, 22, 9, 0))
        );
        assert_eq!(
            SnoozePreset::NextWeek.at(saturday),
            Some(local(2026, 11, 23, 9, 0)),
            "next Monday"
        );
        let monday = local(2026, 11, 23, 8, 0);
        assert_eq!(
            SnoozePreset::NextWeek.at(monday),
            Some(local(2026, 11, 30, 9, 0)),
            "on a Monday, a week ahead"
        );
        // Across a month and a year end.
        assert_eq!(
            SnoozePreset::Tomorrow.at(local(2026, 12, 31, 12, 0)),
            Some(local(2027, 1, 1, 9, 0))
        );
    }

    #[test]
    fn local_times_become_instants_with_the_offset_at_that_time() {
        let now = Utc.with_ymd_and_hms(2026, 11, 21, 22, 30, 0).unwrap();
        // In Kyiv (UTC+2) it is already Sunday 00:30: tomorrow is Monday.
        let kyiv = to_local(now, 120);
        assert_eq!(kyiv, local(2026, 11, 22, 0, 30));
        let tomorrow = SnoozePreset::Tomorrow.at(kyiv).unwrap();
        assert_eq!(
            to_utc(tomorrow, 120),
            Utc.with_ymd_and_hms(2026, 11, 23, 7, 0, 0).unwrap()
        );
        // In New York (UTC-5) it is still Saturday 17:30.
        let ny = to_local(now, -300);
        assert_eq!(
            to_utc(SnoozePreset::Tomorrow.at(ny).unwrap(), -300),
            Utc.with_ymd_and_hms(2026, 11, 22, 14, 0, 0).unwrap()
        );
        // A daylight-saving change between now and then: the caller gives the offset at
        // the target time, and 9:00 stays 9:00 on the wall clock.
        let before_change = local(2026, 3, 28, 12, 0);
        let sunday_nine = SnoozePreset::Tomorrow.at(before_change).unwrap();
        assert_eq!(
            to_utc(sunday_nine, 120),
            Utc.with_ymd_and_hms(2026, 3, 29, 7, 0, 0).unwrap()
        );
        assert_eq!(
            to_utc(sunday_nine, 180),
            Utc.with_ymd_and_hms(2026, 3, 29, 6, 0, 0).unwrap()
        );
    }

    #[test]
    fn a_chosen_time_is_read_and_must_be_ahead() {
        assert_eq!(
            parse_local("2026-11-22T09:00"),
            Ok(local(2026, 11, 22, 9, 0))
        );
        assert_eq!(
            parse_local(" 2026-11-22T09:00:30 "),
            Ok(local(2026, 11, 22, 9, 0) + Duration::seconds(30))
        );
        assert_eq!(parse_local(""), Err(SnoozeProblem::Unreadable));
        assert_eq!(parse_local("tomorrow"), Err(SnoozeProblem::Unreadable));
        let now = Utc.with_ymd_and_hms(2026, 11, 21, 10, 0, 0).unwrap();
        assert_eq!(check_until(now, now), Err(SnoozeProblem::Past));
        assert_eq!(
            check_until(now + Duration::minutes(1), now),
            Ok(now + Duration::minutes(1))
        );
        assert_eq!(input_value(local(2026, 1, 2, 3, 4)), "2026-01-02T03:04");
    }
}
