//! The workspace settings: one JSON row, the protocol's `Settings` (defaults when unset).

use rusqlite::{params, Connection, OptionalExtension};
use switchboard_protocol::Settings;

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
