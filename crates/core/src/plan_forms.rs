//! The panel's small forms: a task (description, date, time), a note, a reminder (text,
//! date, time) and a calendar event (title, date, start and end time).
//!
//! Each is checked by the server's rules (`crates/server/src/db/tasks.rs` and
//! `schedule.rs`: trimmed text of 1 to N characters, a reminder in the future, an event
//! ending after it starts) and, for a new task, one more of the app's own: its due time is
//! still to come (a task that is overdue the moment it is made is a typing mistake).
//!
//! Dates and times are the agent's wall-clock ones, as `<input type=date>` and
//! `<input type=time>` give them (`2026-11-21`, `14:05`); the caller turns the local time
//! into an instant with the agent's offset at that time (`to_instant`), so these rules
//! are the same on any machine.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use switchboard_protocol::{ConversationId, NewCalendarEvent, NewNote, NewReminder, NewTask};

/// Longest task description (the server's limit).
pub const TASK_MAX: usize = 1000;
/// Longest note (the server's limit).
pub const NOTE_MAX: usize = 4096;
/// Longest reminder text (the server's limit).
pub const REMINDER_MAX: usize = 1000;
/// Longest calendar event title (the server's limit).
pub const TITLE_MAX: usize = 200;

/// Which field of a form is wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// The description, note, reminder text or event title.
    Text,
    /// The date.
    Date,
    /// The (start) time.
    Time,
    /// An event's end time.
    End,
}

/// What is wrong with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Empty (or only spaces).
    Empty,
    /// Longer than the limit (in characters).
    TooLong(usize),
    /// Not a date or time the browser's input would give.
    Unreadable,
    /// Already gone.
    Past,
    /// An event that ends before (or when) it starts.
    EndsBeforeStart,
}

/// A form's first problem: the field and what is wrong with it.
pub type FormError = (Field, Problem);

/// The trimmed text, if it has 1 to `max` characters.
pub fn text(value: &str, max: usize) -> Result<String, FormError> {
    let t = value.trim();
    if t.is_empty() {
        return Err((Field::Text, Problem::Empty));
    }
    if t.chars().count() > max {
        return Err((Field::Text, Problem::TooLong(max)));
    }
    Ok(t.to_owned())
}

/// The local date of an `<input type=date>` (`2026-11-21`).
pub fn date(value: &str) -> Result<NaiveDate, FormError> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").map_err(|_| {
        let problem = if value.trim().is_empty() {
            Problem::Empty
        } else {
            Problem::Unreadable
        };
        (Field::Date, problem)
    })
}

/// The local time of an `<input type=time>` (`14:05`, or `14:05:30` with seconds).
pub fn time(value: &str, field: Field) -> Result<NaiveTime, FormError> {
    let v = value.trim();
    if v.is_empty() {
        return Err((field, Problem::Empty));
    }
    NaiveTime::parse_from_str(v, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(v, "%H:%M:%S"))
        .map_err(|_| (field, Problem::Unreadable))
}

/// A local date and time from the two inputs.
pub fn local(date_value: &str, time_value: &str) -> Result<NaiveDateTime, FormError> {
    Ok(date(date_value)?.and_time(time(time_value, Field::Time)?))
}

/// A new task for the contact, from the conversation `from` (its due time to come).
pub fn new_task(
    description: &str,
    date_value: &str,
    time_value: &str,
    from: Option<ConversationId>,
    to_instant: impl Fn(NaiveDateTime) -> DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<NewTask, FormError> {
    let description = text(description, TASK_MAX)?;
    let due_at = future(local(date_value, time_value)?, &to_instant, now)?;
    Ok(NewTask {
        description,
        due_at,
        conversation_id: from,
    })
}

/// A new note.
pub fn new_note(value: &str) -> Result<NewNote, FormError> {
    Ok(NewNote {
        text: text(value, NOTE_MAX)?,
    })
}

/// A new reminder (its time to come).
pub fn new_reminder(
    value: &str,
    date_value: &str,
    time_value: &str,
    to_instant: impl Fn(NaiveDateTime) -> DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<NewReminder, FormError> {
    let text = text(value, REMINDER_MAX)?;
    let at = future(local(date_value, time_value)?, &to_instant, now)?;
    Ok(NewReminder { at, text })
}

/// A new calendar event on one day, from `start` to `end` (ending after it starts).
pub fn new_event(
    title: &str,
    date_value: &str,
    start: &str,
    end: &str,
    to_instant: impl Fn(NaiveDateTime) -> DateTime<Utc>,
) -> Result<NewCalendarEvent, FormError> {
    let title = text(title, TITLE_MAX)?;
    let day = date(date_value)?;
    let starts = day.and_time(time(start, Field::Time)?);
    let ends = day.and_time(time(end, Field::End)?);
    if ends <= starts {
        return Err((Field::End, Problem::EndsBeforeStart));
    }
    Ok(NewCalendarEvent {
        title,
        starts_at: to_instant(starts),
        ends_at: to_instant(ends),
    })
}

/// The instant of `local`, if it is still to come at `now`.
fn future(
    local: NaiveDateTime,
    to_instant: &impl Fn(NaiveDateTime) -> DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<DateTime<Utc>, FormError> {
    let at = to_instant(local);
    if at <= now {
        return Err((Field::Time, Problem::Past));
    }
    Ok(at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 21, 12, 0, 0).unwrap()
    }

    /// Kyiv in winter: two hours east of UTC.
    fn kyiv(local: NaiveDateTime) -> DateTime<Utc> {
        crate::snooze_choice::to_utc(local, 120)
    }

    #[test]
    fn a_task_is_due_at_the_local_time_typed() {
        let t = new_task(
            "  Call back  ",
            "2026-11-21",
            "15:30",
            Some(ConversationId(3)),
            kyiv,
            now(),
        )
        .unwrap();
        assert_eq!(t.description, "Call back");
        assert_eq!(
            t.due_at,
            Utc.with_ymd_and_hms(2026, 11, 21, 13, 30, 0).unwrap()
        );
        assert_eq!(t.conversation_id, Some(ConversationId(3)));
    }

    #[test]
    fn a_task_needs_text_a_date_a_time_and_a_future() {
        let task = |d: &str, date: &str, time: &str| {
            new_task(d, date, time, None, kyiv, now()).unwrap_err()
        };
        assert_eq!(
            task(" ", "2026-11-22", "10:00"),
            (Field::Text, Problem::Empty)
        );
        let long = "x".repeat(TASK_MAX + 1);
        assert_eq!(
            task(&long, "2026-11-22", "10:00"),
            (Field::Text, Problem::TooLong(TASK_MAX))
        );
        assert_eq!(task("a", "", "10:00"), (Field::Date, Problem::Empty));
        assert_eq!(
            task("a", "22.11.2026", "10:00"),
            (Field::Date, Problem::Unreadable)
        );
        assert_eq!(
            task("a", "2026-02-30", "10:00"),
            (Field::Date, Problem::Unreadable)
        );
        assert_eq!(task("a", "2026-11-22", ""), (Field::Time, Problem::Empty));
        assert_eq!(
            task("a", "2026-11-22", "25:00"),
            (Field::Time, Problem::Unreadable)
        );
        // 13:59 in Kyiv is 11:59 UTC: gone at noon UTC.
        assert_eq!(
            task("a", "2026-11-21", "13:59"),
            (Field::Time, Problem::Past)
        );
        assert!(new_task("a", "2026-11-21", "14:01", None, kyiv, now()).is_ok());
        assert!(new_task("a", "2026-11-21", "14:01:30", None, kyiv, now()).is_ok());
    }

    #[test]
    fn notes_are_trimmed_and_limited() {
        assert_eq!(new_note("  hi ").unwrap().text, "hi");
        assert_eq!(new_note("\n ").unwrap_err(), (Field::Text, Problem::Empty));
        let at_limit = "é".repeat(NOTE_MAX);
        assert!(new_note(&at_limit).is_ok(), "characters, not bytes");
        assert_eq!(
            new_note(&format!("{at_limit}é")).unwrap_err(),
            (Field::Text, Problem::TooLong(NOTE_MAX))
        );
    }

    #[test]
    fn a_reminder_is_in_the_future() {
        let r = new_reminder("Ask again", "2026-11-23", "09:00", kyiv, now()).unwrap();
        assert_eq!(r.at, Utc.with_ymd_and_hms(2026, 11, 23, 7, 0, 0).unwrap());
        assert_eq!(
            new_reminder("Ask again", "2026-11-20", "09:00", kyiv, now()).unwrap_err(),
            (Field::Time, Problem::Past)
        );
        assert_eq!(
            new_reminder("", "2026-11-23", "09:00", kyiv, now()).unwrap_err(),
            (Field::Text, Problem::Empty)
        );
    }

    #[test]
    fn an_event_ends_after_it_starts() {
        let e = new_event("Demo", "2026-11-24", "10:00", "11:30", kyiv).unwrap();
        assert_eq!(
            e.starts_at,
            Utc.with_ymd_and_hms(2026, 11, 24, 8, 0, 0).unwrap()
        );
        assert_eq!(
            e.ends_at,
            Utc.with_ymd_and_hms(2026, 11, 24, 9, 30, 0).unwrap()
        );
        assert_eq!(
            new_event("Demo", "2026-11-24", "10:00", "10:00", kyiv).unwrap_err(),
            (Field::End, Problem::EndsBeforeStart)
        );
        assert_eq!(
            new_event("Demo", "2026-11-24", "10:00", "", kyiv).unwrap_err(),
            (Field::End, Problem::Empty)
        );
        let long = "t".repeat(TITLE_MAX + 1);
        assert_eq!(
            new_event(&long, "2026-11-24", "10:00", "11:00", kyiv).unwrap_err(),
            (Field::Text, Problem::TooLong(TITLE_MAX))
        );
    }
}
