//! Reminders and calendar events on conversations.
//!
//! Invariants: a reminder is set in the future; a calendar event ends after it starts;
//! each write emits its one event (`reminder_created`, `calendar_event_created`) in its
//! transaction, and a refused write emits nothing.

use super::now_ms;
use super::rows::time;
use super::tasks::text;
use crate::error::{AppError, AppResult};
use crate::events::{self, Hub};
use rusqlite::{params, Connection};
use switchboard_protocol::{
    Agent, AgentId, CalendarEvent, CalendarEventId, ConversationId, Event, NewCalendarEvent,
    NewReminder, Reminder, ReminderId,
};

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
