//! Tasks on contacts, reminders and calendar events on conversations.
//!
//! Invariants: a task's description is 1..=1000 characters and its conversation (if any)
//! belongs to its contact; a reminder is set in the future; a calendar event ends after it
//! starts. Each write emits its one event (`task_updated`, `reminder_created`,
//! `calendar_event_created`) in its transaction; a refused write emits nothing.

use super::now_ms;
use super::rows::time;
use crate::error::{AppError, AppResult};
use crate::events::{self, Hub};
use rusqlite::{params, Connection, OptionalExtension, Row};
use switchboard_protocol::{
    Agent, AgentId, CalendarEvent, CalendarEventId, ContactId, ConversationId, Event,
    NewCalendarEvent, NewReminder, NewTask, Reminder, ReminderId, Task, TaskId, TaskUpdate,
};

const TASK_SELECT: &str = "SELECT id, contact_id, conversation_id, description, due_at, done, \
    author_id, created_at FROM tasks";

fn task(r: &Row<'_>) -> rusqlite::Result<Task> {
    Ok(Task {
        id: TaskId(r.get(0)?),
        contact_id: ContactId(r.get(1)?),
        conversation_id: r.get::<_, Option<i64>>(2)?.map(ConversationId),
        description: r.get(3)?,
        due_at: time(r.get(4)?),
        done: r.get(5)?,
        author: AgentId(r.get(6)?),
        created_at: time(r.get(7)?),
    })
}

/// Checks a text's length after trimming; the trimmed text.
pub fn text(value: &str, field: &str, max: usize) -> AppResult<String> {
    let t = value.trim();
    if t.is_empty() || t.chars().count() > max {
        return Err(AppError::invalid(format!(
            "{field}: must be 1 to {max} characters"
        )));
    }
    Ok(t.to_owned())
}

/// A contact's tasks by due time; `None` when there is no such contact.
pub fn tasks(conn: &Connection, id: ContactId) -> rusqlite::Result<Option<Vec<Task>>> {
    if !super::crm::exists(conn, id)? {
        return Ok(None);
    }
    let mut stmt = conn.prepare(&format!(
        "{TASK_SELECT} WHERE contact_id = ?1 ORDER BY due_at, id"
    ))?;
    let rows = stmt.query_map(params![id.0], task)?;
    rows.collect::<rusqlite::Result<Vec<_>>>().map(Some)
}

fn get_task(conn: &Connection, id: TaskId) -> rusqlite::Result<Option<Task>> {
    conn.query_row(&format!("{TASK_SELECT} WHERE id = ?1"), params![id.0], task)
        .optional()
}

/// Creates a task; emits `task_updated`.
pub fn add_task(
    conn: &mut Connection,
    hub: &Hub,
    agent: &Agent,
    id: ContactId,
    t: &NewTask,
) -> AppResult<Task> {
    let description = text(&t.description, "description", 1000)?;
    let tx = conn.transaction()?;
    if !super::crm::exists(&tx, id)? {
        return Err(AppError::not_found("no such contact"));
    }
    if let Some(c) = t.conversation_id {
        let owner: Option<i64> = tx
            .query_row(
                "SELECT contact_id FROM conversations WHERE id = ?1",
                params![c.0],
                |r| r.get(0),
            )
            .optional()?;
        if owner != Some(id.0) {
            return Err(AppError::invalid(format!(
                "conversation_id: conversation {c} is not this contact's"
            )));
        }
    }
    let now = now_ms();
    tx.execute(
        "INSERT INTO tasks (contact_id, conversation_id, description, due_at, done, author_id, \
         created_at) VALUES (?1, ?2, ?3, ?4, 0, ?5, ?6)",
        params![
            id.0,
            t.conversation_id.map(|c| c.0),
            description,
            t.due_at.timestamp_millis(),
            agent.id.0,
            now
        ],
    )?;
    finish_task(tx, hub, TaskId(0), now)
}

/// Appends `task_updated` for the task just written (id 0: the last inserted) and commits.
fn finish_task(tx: rusqlite::Transaction<'_>, hub: &Hub, id: TaskId, now: i64) -> AppResult<Task> {
    let id = if id.0 == 0 {
        TaskId(tx.last_insert_rowid())
    } else {
        id
    };
    let task = get_task(&tx, id)?.ok_or_else(|| AppError::internal("task vanished"))?;
    let published = events::append(&tx, &Event::TaskUpdated { task: task.clone() }, now)?;
    tx.commit()?;
    events::publish(hub, vec![published]);
    Ok(task)
}

/// Changes a task; emits `task_updated`. An empty update is refused.
pub fn update_task(
    conn: &mut Connection,
    hub: &Hub,
    id: TaskId,
    u: &TaskUpdate,
) -> AppResult<Task> {
    if u.done.is_none() && u.description.is_none() && u.due_at.is_none() {
        return Err(AppError::invalid(
            "nothing to change: give done, description or due_at",
        ));
    }
    let description = u
        .description
        .as_deref()
        .map(|d| text(d, "description", 1000))
        .transpose()?;
    let tx = conn.transaction()?;
    if get_task(&tx, id)?.is_none() {
        return Err(AppError::not_found("no such task"));
    }
    tx.execute(
        "UPDATE tasks SET done = COALESCE(?2, done), description = COALESCE(?3, description), \
         due_at = COALESCE(?4, due_at) WHERE id = ?1",
        params![
            id.0,
            u.done,
            description,
            u.due_at.map(|d| d.timestamp_millis())
        ],
    )?;
    finish_task(tx, hub, id, now_ms())
}

fn conversation_exists(conn: &Connection, id: ConversationId) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT EXISTS(SELECT 1 FROM conversations WHERE id = ?1)",
        params![id.0],
        |r| r.get(0),
    )
}

/// A conversation's reminders by time; `None` when there is no such conversation.
pub fn reminders(conn: &Connection, id: ConversationId) -> rusqlite::Result<Option<Vec<Reminder>>> {
    if !conversation_exists(conn, id)? {
        return Ok(None);
    }
    let mut stmt = conn.prepare(
        "SELECT id, conversation_id, at, text, author_id FROM reminders \
         WHERE conversation_id = ?1 ORDER BY at, id",
    )?;
    let rows = stmt.query_map(params![id.0], |r| {
        Ok(Reminder {
            id: ReminderId(r.get(0)?),
            conversation_id: ConversationId(r.get(1)?),
            at: time(r.get(2)?),
            text: r.get(3)?,
            author: AgentId(r.get(4)?),
        })
    })?;
    rows.collect::<rusqlite::Result<Vec<_>>>().map(Some)
}

/// Sets a reminder (in the future); emits `reminder_created`.
pub fn add_reminder(
    conn: &mut Connection,
    hub: &Hub,
    agent: &Agent,
    id: ConversationId,
    r: &NewReminder,
) -> AppResult<Reminder> {
    let text = text(&r.text, "text", 1000)?;
    let now = now_ms();
    if r.at.timestamp_millis() <= now {
        return Err(AppError::invalid("at: must be in the future"));
    }
    let tx = conn.transaction()?;
    if !conversation_exists(&tx, id)? {
        return Err(AppError::not_found("no such conversation"));
    }
    tx.execute(
        "INSERT INTO reminders (conversation_id, at, text, author_id) VALUES (?1, ?2, ?3, ?4)",
        params![id.0, r.at.timestamp_millis(), text, agent.id.0],
    )?;
    let reminder = Reminder {
        id: ReminderId(tx.last_insert_rowid()),
        conversation_id: id,
        at: time(r.at.timestamp_millis()),
        text,
        author: agent.id,
    };
    let event = Event::ReminderCreated {
        reminder: reminder.clone(),
    };
    let published = events::append(&tx, &event, now)?;
    tx.commit()?;
    events::publish(hub, vec![published]);
    Ok(reminder)
}

/// A conversation's calendar events by start; `None` when there is no such conversation.
pub fn calendar(
    conn: &Connection,
    id: ConversationId,
) -> rusqlite::Result<Option<Vec<CalendarEvent>>> {
    if !conversation_exists(conn, id)? {
        return Ok(None);
    }
    let mut stmt = conn.prepare(
        "SELECT id, conversation_id, title, starts_at, ends_at, author_id FROM calendar_events \
         WHERE conversation_id = ?1 ORDER BY starts_at, id",
    )?;
    let rows = stmt.query_map(params![id.0], |r| {
        Ok(CalendarEvent {
            id: CalendarEventId(r.get(0)?),
            conversation_id: ConversationId(r.get(1)?),
            title: r.get(2)?,
            starts_at: time(r.get(3)?),
            ends_at: time(r.get(4)?),
            author: AgentId(r.get(5)?),
        })
    })?;
    rows.collect::<rusqlite::Result<Vec<_>>>().map(Some)
}

/// Adds a calendar event (ending after it starts); emits `calendar_event_created`.
pub fn add_calendar_event(
    conn: &mut Connection,
    hub: &Hub,
    agent: &Agent,
    id: ConversationId,
    e: &NewCalendarEvent,
) -> AppResult<CalendarEvent> {
    let title = text(&e.title, "title", 200)?;
    let (starts, ends) = (e.starts_at.timestamp_millis(), e.ends_at.timestamp_millis());
    if ends <= starts {
        return Err(AppError::invalid("ends_at: must be after starts_at"));
    }
    let tx = conn.transaction()?;
    if !conversation_exists(&tx, id)? {
        return Err(AppError::not_found("no such conversation"));
    }
    tx.execute(
        "INSERT INTO calendar_events (conversation_id, title, starts_at, ends_at, author_id) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![id.0, title, starts, ends, agent.id.0],
    )?;
    let event = CalendarEvent {
        id: CalendarEventId(tx.last_insert_rowid()),
        conversation_id: id,
        title,
        starts_at: time(starts),
        ends_at: time(ends),
        author: agent.id,
    };
    let now = now_ms();
    let published = events::append(
        &tx,
        &Event::CalendarEventCreated {
            event: event.clone(),
        },
        now,
    )?;
    tx.commit()?;
    events::publish(hub, vec![published]);
    Ok(event)
}
