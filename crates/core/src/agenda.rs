//! What the panel lists around a chat, against a clock: a contact's tasks (overdue,
//! upcoming, done), a chat's reminders and calendar events (upcoming, then past), and a
//! contact's notes (newest first).
//!
//! Every function takes `now` rather than reading the clock, so the same records group
//! the same way in a test and in the browser; the panel passes a clock that ticks.

use chrono::{DateTime, Utc};
use switchboard_protocol::{CalendarEvent, ContactNote, Reminder, Task};

/// A contact's tasks, grouped.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TaskGroups {
    /// Not done, due before now: the longest overdue first.
    pub overdue: Vec<Task>,
    /// Not done, due now or later: the soonest first.
    pub upcoming: Vec<Task>,
    /// Done: the latest due first.
    pub done: Vec<Task>,
}

/// Groups `tasks` at `now` (ties keep the order of ids, so the list never jumps).
pub fn group_tasks<'a>(
    tasks: impl IntoIterator<Item = &'a Task>,
    now: DateTime<Utc>,
) -> TaskGroups {
    let mut g = TaskGroups::default();
    for t in tasks {
        let list = match (t.done, t.due_at < now) {
            (true, _) => &mut g.done,
            (false, true) => &mut g.overdue,
            (false, false) => &mut g.upcoming,
        };
        list.push(t.clone());
    }
    g.overdue.sort_by_key(|t| (t.due_at, t.id));
    g.upcoming.sort_by_key(|t| (t.due_at, t.id));
    g.done
        .sort_by_key(|t| (std::cmp::Reverse(t.due_at), std::cmp::Reverse(t.id)));
    g
}

/// Records split into those still to come (soonest first) and those gone (latest first).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timed<T> {
    /// Still to come.
    pub upcoming: Vec<T>,
    /// Gone.
    pub past: Vec<T>,
}

/// A chat's reminders at `now`: one is past once its time has come.
pub fn reminders<'a>(
    all: impl IntoIterator<Item = &'a Reminder>,
    now: DateTime<Utc>,
) -> Timed<Reminder> {
    split(all, now, |r| (r.at, r.at, r.id.0))
}

/// A chat's calendar events at `now`: one is past once it has ended (a meeting under way
/// is still upcoming).
pub fn calendar<'a>(
    all: impl IntoIterator<Item = &'a CalendarEvent>,
    now: DateTime<Utc>,
) -> Timed<CalendarEvent> {
    split(all, now, |e| (e.starts_at, e.ends_at, e.id.0))
}

/// Splits by `key` = (when it starts, when it is over, id).
fn split<'a, T: Clone + 'a>(
    all: impl IntoIterator<Item = &'a T>,
    now: DateTime<Utc>,
    key: impl Fn(&T) -> (DateTime<Utc>, DateTime<Utc>, i64),
) -> Timed<T> {
    let (mut upcoming, mut past): (Vec<T>, Vec<T>) =
        all.into_iter().cloned().partition(|x| key(x).1 > now);
    upcoming.sort_by_key(|x| {
        let (start, _, id) = key(x);
        (start, id)
    });
    past.sort_by_key(|x| {
        let (start, _, id) = key(x);
        std::cmp::Reverse((start, id))
    });
    Timed { upcoming, past }
}

/// A contact's notes, newest first.
pub fn notes<'a>(all: impl IntoIterator<Item = &'a ContactNote>) -> Vec<ContactNote> {
    let mut v: Vec<ContactNote> = all.into_iter().cloned().collect();
    v.sort_by_key(|n| std::cmp::Reverse((n.created_at, n.id)));
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};
    use switchboard_protocol::{
        AgentId, CalendarEventId, ContactId, ConversationId, NoteId, ReminderId, TaskId,
    };

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 21, 12, 0, 0).unwrap()
    }

    fn task(id: i64, due_hours: i64, done: bool) -> Task {
        Task {
            id: TaskId(id),
            contact_id: ContactId(1),
            conversation_id: None,
            description: format!("task {id}"),
            due_at: now() + Duration::hours(due_hours),
            done,
            author: AgentId(1),
            created_at: now() - Duration::days(3),
        }
    }

    fn ids(tasks: &[Task]) -> Vec<i64> {
        tasks.iter().map(|t| t.id.0).collect()
    }

    #[test]
    fn tasks_are_overdue_upcoming_or_done() {
        let all = [
            task(1, -2, false),
            task(2, 5, false),
            task(3, -30, false),
            task(4, -1, true),
            task(5, 1, false),
            task(6, 3, true),
            task(7, 0, false),
        ];
        let g = group_tasks(&all, now());
        assert_eq!(ids(&g.overdue), [3, 1], "the longest overdue first");
        assert_eq!(
            ids(&g.upcoming),
            [7, 5, 2],
            "due right now is not overdue yet"
        );
        assert_eq!(
            ids(&g.done),
            [6, 4],
            "done, whatever the time, latest due first"
        );
    }

    #[test]
    fn the_clock_moves_tasks_from_upcoming_to_overdue() {
        let all = [task(1, 1, false)];
        assert_eq!(ids(&group_tasks(&all, now()).upcoming), [1]);
        let later = now() + Duration::hours(1) + Duration::seconds(1);
        assert_eq!(ids(&group_tasks(&all, later).overdue), [1]);
    }

    #[test]
    fn equal_due_times_keep_the_order_of_ids() {
        let all = [task(9, 2, false), task(4, 2, false), task(6, 2, false)];
        assert_eq!(ids(&group_tasks(&all, now()).upcoming), [4, 6, 9]);
    }

    fn reminder(id: i64, hours: i64) -> Reminder {
        Reminder {
            id: ReminderId(id),
            conversation_id: ConversationId(1),
            at: now() + Duration::hours(hours),
            text: format!("r{id}"),
            author: AgentId(1),
        }
    }

    #[test]
    fn reminders_split_at_their_time() {
        let all = [
            reminder(1, 3),
            reminder(2, -1),
            reminder(3, 1),
            reminder(4, -5),
        ];
        let t = reminders(&all, now());
        let up: Vec<i64> = t.upcoming.iter().map(|r| r.id.0).collect();
        let past: Vec<i64> = t.past.iter().map(|r| r.id.0).collect();
        assert_eq!((up, past), (vec![3, 1], vec![2, 4]));
    }

    #[test]
    fn a_meeting_under_way_is_still_upcoming() {
        let event = |id: i64, start: i64, end: i64| CalendarEvent {
            id: CalendarEventId(id),
            conversation_id: ConversationId(1),
            title: format!("e{id}"),
            starts_at: now() + Duration::hours(start),
            ends_at: now() + Duration::hours(end),
            author: AgentId(1),
        };
        let all = [event(1, -1, 1), event(2, -3, -2), event(3, 2, 3)];
        let t = calendar(&all, now());
        let up: Vec<i64> = t.upcoming.iter().map(|e| e.id.0).collect();
        let past: Vec<i64> = t.past.iter().map(|e| e.id.0).collect();
        assert_eq!((up, past), (vec![1, 3], vec![2]));
    }

    #[test]
    fn notes_newest_first() {
        let note = |id: i64, mins: i64| ContactNote {
            id: NoteId(id),
            contact_id: ContactId(1),
            author: AgentId(1),
            author_name: "Ann".into(),
            text: format!("n{id}"),
            created_at: now() + Duration::minutes(mins),
        };
        let all = [note(1, -10), note(2, -1), note(3, -30)];
        let order: Vec<i64> = notes(&all).iter().map(|n| n.id.0).collect();
        assert_eq!(order, [2, 1, 3]);
    }
}
