//! Tasks on contacts.
//!
//! Invariants: a task's description is 1..=1000 characters and its conversation (if any)
//! belongs to its contact; each write emits `task_updated` in its transaction; a refused
//! write emits nothing.

use super::now_ms;
use super::rows::time;
use crate::error::{AppError, AppResult};
use crate::events::{self, Hub};
use rusqlite::{params, Connection, OptionalExtension, Row};
use switchboard_protocol::{
    Agent, AgentId, ContactId, ConversationId, Event, NewTask, Task, TaskId, TaskUpdate,
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
