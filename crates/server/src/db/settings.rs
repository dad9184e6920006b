//! The workspace settings: one JSON row, the protocol's `Settings` (defaults when unset).

use crate::error::AppResult;
use crate::events::{self, Hub};
use rusqlite::{params, Connection, OptionalExtension};
use switchboard_protocol::{ClosingNotes, Event, Settings};

/// The settings in force. Without a company name of its own, the workspace's is
/// [`super::templates::COMPANY`] (what `{{company.name}}` has always given).
pub fn load(conn: &Connection) -> rusqlite::Result<Settings> {
    let json: Option<String> = conn
        .query_row("SELECT json FROM settings WHERE id = 1", [], |r| r.get(0))
        .optional()?;
    let mut settings: Settings = json
        .and_then(|j| serde_json::from_str(&j).ok())
        .unwrap_or_default();
    if settings
        .company_name
        .as_deref()
        .is_none_or(|n| n.trim().is_empty())
    {
        settings.company_name = Some(super::templates::COMPANY.into());
    }
    Ok(settings)
}

/// Replaces the settings.
pub fn save(conn: &Connection, settings: &Settings) -> rusqlite::Result<()> {
    let json = serde_json::to_string(settings)
        .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
    conn.execute(
        "INSERT INTO settings (id, json) VALUES (1, ?1) \
         ON CONFLICT(id) DO UPDATE SET json = excluded.json",
        params![json],
    )?;
    Ok(())
}

/// Sets the closing-notes policy and tells every socket (`settings_updated`, with the
/// whole settings); answers the settings now. Who may is the caller's business
/// (`Permissions::manage_settings`).
pub fn set_closing_notes(
    conn: &mut Connection,
    hub: &Hub,
    policy: ClosingNotes,
) -> AppResult<Settings> {
    let tx = conn.transaction()?;
    let mut settings = load(&tx)?;
    settings.closing_notes = policy;
    save(&tx, &settings)?;
    let event = Event::SettingsUpdated {
        settings: settings.clone(),
    };
    let published = events::append(&tx, &event, super::now_ms())?;
    tx.commit()?;
    events::publish(hub, vec![published]);
    Ok(settings)
}
