//! Custom fields (definitions and typed values), external CRM properties and contact notes.
//!
//! Invariants: a stored custom value always matches its definition's kind and constraints
//! (checked by [`check_values`] before any write); CRM properties that are not `editable`
//! (email and phone) are never changed by an agent; "restore" sets `value` back to
//! `original`.

use super::now_ms;
use crate::error::{AppError, AppResult};
use crate::events::{self, Hub};
use rusqlite::{params, Connection, OptionalExtension};
use std::collections::HashMap;
use switchboard_protocol::{
    Agent, Contact, ContactId, ContactNote, CrmPropertyUpdate, CustomFieldDef, CustomFieldId,
    CustomValue, Event, FieldKind, FieldValue, NoteId,
};

fn json<T: serde::de::DeserializeOwned>(text: &str) -> rusqlite::Result<T> {
    serde_json::from_str(text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// Every custom field definition, by id.
pub fn definitions(conn: &Connection) -> rusqlite::Result<Vec<CustomFieldDef>> {
    let mut stmt = conn.prepare("SELECT id, name, kind FROM custom_fields ORDER BY id")?;
    let rows = stmt.query_map([], |r| {
        Ok(CustomFieldDef {
            id: CustomFieldId(r.get(0)?),
            name: r.get(1)?,
            kind: json(&r.get::<_, String>(2)?)?,
        })
    })?;
    rows.collect()
}

/// A contact's custom values, by field id.
pub fn values(conn: &Connection, id: ContactId) -> rusqlite::Result<Vec<CustomValue>> {
    let mut stmt = conn.prepare(
        "SELECT field_id, value FROM contact_custom_values WHERE contact_id = ?1 ORDER BY field_id",
    )?;
    let rows = stmt.query_map(params![id.0], |r| {
        Ok(CustomValue {
            field: CustomFieldId(r.get(0)?),
            value: json(&r.get::<_, String>(1)?)?,
        })
    })?;
    rows.collect()
}

/// Whether `value` is acceptable for a field of `kind`; the reason when not (the rule is
/// the protocol's, shared with the app).
pub fn check_value(kind: &FieldKind, value: &FieldValue) -> Result<(), &'static str> {
    switchboard_protocol::rules::check_value(kind, value).map_err(|p| p.reason())
}

/// Checks values to set and fields to clear against the definitions (422 naming the field).
pub fn check_values(
    conn: &Connection,
    set: &[CustomValue],
    clear: &[CustomFieldId],
) -> AppResult<()> {
    let defs: HashMap<CustomFieldId, CustomFieldDef> =
        definitions(conn)?.into_iter().map(|d| (d.id, d)).collect();
    for v in set {
        let def = defs
            .get(&v.field)
            .ok_or_else(|| AppError::invalid(format!("custom field {}: no such field", v.field)))?;
        check_value(&def.kind, &v.value)
            .map_err(|why| AppError::invalid(format!("custom field {:?}: {why}", def.name)))?;
    }
    if let Some(f) = clear.iter().find(|f| !defs.contains_key(f)) {
        return Err(AppError::invalid(format!(
            "custom field {f}: no such field"
        )));
    }
    Ok(())
}

/// Writes checked values (call after [`check_values`], in the same transaction).
pub fn write_values(
    conn: &Connection,
    id: ContactId,
    set: &[CustomValue],
    clear: &[CustomFieldId],
) -> AppResult<()> {
    for f in clear {
        conn.execute(
            "DELETE FROM contact_custom_values WHERE contact_id = ?1 AND field_id = ?2",
            params![id.0, f.0],
        )?;
    }
    for v in set {
        conn.execute(
            "INSERT INTO contact_custom_values (contact_id, field_id, value) VALUES (?1, ?2, ?3) \
             ON CONFLICT(contact_id, field_id) DO UPDATE SET value = excluded.value",
            params![id.0, v.field.0, serde_json::to_string(&v.value)?],
        )?;
    }
    Ok(())
}

/// Sets (or restores) one CRM property; emits `contact_updated`.
pub fn set_property(
    conn: &mut Connection,
    hub: &Hub,
    id: ContactId,
    system: &str,
    key: &str,
    update: &CrmPropertyUpdate,
) -> AppResult<Contact> {
    let tx = conn.transaction()?;
    if super::contacts::load(&tx, id)?.is_none() {
        return Err(AppError::not_found("no such contact"));
    }
    let editable: Option<bool> = tx
        .query_row(
            "SELECT editable FROM crm_properties WHERE contact_id = ?1 AND system = ?2 AND key = ?3",
            params![id.0, system, key],
            |r| r.get(0),
        )
        .optional()?;
    match editable {
        None => {
            return Err(AppError::not_found(format!(
                "no CRM property {system}/{key}"
            )))
        }
        Some(false) => return Err(AppError::conflict(format!("{system}/{key} is read-only"))),
        Some(true) => {}
    }
    if update
        .value
        .as_ref()
        .is_some_and(|v| v.chars().count() > 1000)
    {
        return Err(AppError::invalid("value: at most 1000 characters"));
    }
    tx.execute(
        "UPDATE crm_properties SET value = COALESCE(?4, original) \
         WHERE contact_id = ?1 AND system = ?2 AND key = ?3",
        params![id.0, system, key, update.value],
    )?;
    let settings = super::settings::load(&tx)?;
    let (contact, published) = super::contacts::announce(&tx, id, &settings)?;
    tx.commit()?;
    events::publish(hub, vec![published]);
    Ok(contact)
}

/// A contact's notes, oldest first; `None` when there is no such contact.
pub fn notes(conn: &Connection, id: ContactId) -> rusqlite::Result<Option<Vec<ContactNote>>> {
    if !exists(conn, id)? {
        return Ok(None);
    }
    let mut stmt = conn.prepare(
        "SELECT id, contact_id, author_id, author_name, text, created_at FROM contact_notes \
         WHERE contact_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map(params![id.0], |r| {
        Ok(ContactNote {
            id: NoteId(r.get(0)?),
            contact_id: ContactId(r.get(1)?),
            author: switchboard_protocol::AgentId(r.get(2)?),
            author_name: r.get(3)?,
            text: r.get(4)?,
            created_at: super::rows::time(r.get(5)?),
        })
    })?;
    rows.collect::<rusqlite::Result<Vec<_>>>().map(Some)
}

/// Whether the contact exists.
pub fn exists(conn: &Connection, id: ContactId) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT EXISTS(SELECT 1 FROM contacts WHERE id = ?1)",
        params![id.0],
        |r| r.get(0),
    )
}

/// Adds a note (1..=4096 characters after trimming); emits `note_created`.
pub fn add_note(
    conn: &mut Connection,
    hub: &Hub,
    agent: &Agent,
    id: ContactId,
    text: &str,
) -> AppResult<ContactNote> {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > 4096 {
        return Err(AppError::invalid("text: must be 1 to 4096 characters"));
    }
    let tx = conn.transaction()?;
    if !exists(&tx, id)? {
        return Err(AppError::not_found("no such contact"));
    }
    let now = now_ms();
    tx.execute(
        "INSERT INTO contact_notes (contact_id, author_id, author_name, text, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![id.0, agent.id.0, agent.name, text, now],
    )?;
    let note = ContactNote {
        id: NoteId(tx.last_insert_rowid()),
        contact_id: id,
        author: agent.id,
        author_name: agent.name.clone(),
        text: text.to_owned(),
        created_at: super::rows::time(now),
    };
    let published = events::append(&tx, &Event::NoteCreated { note: note.clone() }, now)?;
    tx.commit()?;
    events::publish(hub, vec![published]);
    Ok(note)
}
