//! Saved custom views: named filters, private to their owner or shared with everyone.
//!
//! Invariant: an agent sees its own views and the shared ones; only the owner deletes.

use super::query::Scope;
use crate::error::{AppError, AppResult};
use rusqlite::{params, Connection, OptionalExtension, Row};
use switchboard_protocol::{AgentId, CustomView, NewView, ViewId};

const SELECT: &str = "SELECT id, owner_id, name, shared, filter FROM views";

fn view(row: &Row<'_>) -> rusqlite::Result<CustomView> {
    let filter: String = row.get(4)?;
    Ok(CustomView {
        id: ViewId(row.get(0)?),
        owner: AgentId(row.get(1)?),
        name: row.get(2)?,
        shared: row.get(3)?,
        filter: serde_json::from_str(&filter).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(4, rusqlite::types::Type::Text, Box::new(e))
        })?,
    })
}

/// The views `scope` may use: its own (created by me) first, then the shared ones.
pub fn visible(conn: &Connection, scope: &Scope) -> rusqlite::Result<Vec<CustomView>> {
    let mut stmt = conn.prepare(&format!(
        "{SELECT} WHERE owner_id = ?1 OR shared = 1 ORDER BY owner_id <> ?1, id"
    ))?;
    let rows = stmt.query_map(params![scope.agent.id.0], view)?;
    rows.collect()
}

/// One view, if `scope` may use it.
pub fn get(conn: &Connection, scope: &Scope, id: ViewId) -> rusqlite::Result<Option<CustomView>> {
    conn.query_row(
        &format!("{SELECT} WHERE id = ?1 AND (owner_id = ?2 OR shared = 1)"),
        params![id.0, scope.agent.id.0],
        view,
    )
    .optional()
}

/// Saves a new view owned by `scope`'s agent (name 1..=80 characters, else 422).
pub fn create(conn: &Connection, scope: &Scope, new: &NewView) -> AppResult<CustomView> {
    let name = new.name.trim();
    if name.is_empty() || name.chars().count() > 80 {
        return Err(AppError::invalid("name must be 1 to 80 characters"));
    }
    conn.execute(
        "INSERT INTO views (owner_id, name, shared, filter, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            scope.agent.id.0,
            name,
            new.shared,
            serde_json::to_string(&new.filter)?,
            super::now_ms()
        ],
    )?;
    Ok(CustomView {
        id: ViewId(conn.last_insert_rowid()),
        name: name.to_owned(),
        owner: scope.agent.id,
        shared: new.shared,
        filter: new.filter.clone(),
    })
}

/// Deletes a view: 404 when `scope` cannot see it, 403 when it is someone else's.
pub fn delete(conn: &Connection, scope: &Scope, id: ViewId) -> AppResult<()> {
    let v = get(conn, scope, id)?.ok_or_else(|| AppError::not_found("no such view"))?;
    if v.owner != scope.agent.id {
        return Err(AppError::forbidden("only the owner deletes a view"));
    }
    conn.execute("DELETE FROM views WHERE id = ?1", params![id.0])?;
    Ok(())
}
