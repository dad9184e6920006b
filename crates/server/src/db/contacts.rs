//! Full contacts: reading one with its custom values, CRM groups and channels, and
//! `PATCH /contacts/{id}`.
//!
//! Invariants: a patch is validated completely before anything is written, inside the
//! transaction that writes it, so a refused patch writes nothing; an accepted one emits
//! `contact_updated` (masked per agent, see [`crate::mask`]) and,
//! when the name changed, `conversation_updated` for each of the contact's conversations.

use super::rows::{self, CONTACT_SELECT};
use super::{crm, now_ms};
use crate::error::{AppError, AppResult};
use crate::events::{self, Hub, Published};
use rusqlite::{params, Connection, OptionalExtension};
use switchboard_protocol::rules::{is_email, is_phone};
use switchboard_protocol::{
    AgentId, Channel, Contact, ContactId, ContactPatch, ConversationId, CrmGroup, CrmProperty,
    Event, Settings,
};

/// The columns this module adds after [`CONTACT_SELECT`]'s (from index 10).
const EXTRA: &str = "platform, campaign, ad_set, ad, external_id, sales_total_minor, \
    sales_currency, sales_count, responsible_id, messenger_ids, channels, blocked";

fn json<T: serde::de::DeserializeOwned>(text: &str, idx: usize) -> rusqlite::Result<T> {
    serde_json::from_str(text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// The whole contact, unmasked (callers mask with [`crate::mask::mask_contact`]).
pub fn load(conn: &Connection, id: ContactId) -> rusqlite::Result<Option<Contact>> {
    let select = CONTACT_SELECT.replace(" FROM contacts", &format!(", {EXTRA} FROM contacts"));
    let Some(mut c) = conn
        .query_row(&format!("{select} WHERE id = ?1"), params![id.0], |r| {
            let mut c = rows::contact(r)?;
            c.platform = r.get(10)?;
            c.campaign = r.get(11)?;
            c.ad_set = r.get(12)?;
            c.ad = r.get(13)?;
            c.external_id = r.get(14)?;
            c.sales_total_minor = r.get(15)?;
            c.sales_currency = r.get(16)?;
            c.sales_count = r.get(17)?;
            c.responsible = r.get::<_, Option<i64>>(18)?.map(AgentId);
            c.messenger_ids = json(&r.get::<_, String>(19)?, 19)?;
            c.channels = json(&r.get::<_, String>(20)?, 20)?;
            c.blocked = r.get(21)?;
            Ok(c)
        })
        .optional()?
    else {
        return Ok(None);
    };
    // Email reaches anyone with an address (no messaging window), as the send check
    // (`reach::contact_channels`) accepts: the composer offers what the server takes.
    if let Some(email) = c.email.clone().filter(|e| !e.trim().is_empty()) {
        if !c.channels.iter().any(|ch| ch.channel == Channel::Email) {
            c.channels
                .push(switchboard_protocol::contact::ContactChannel {
                    channel: Channel::Email,
                    address: email,
                    window_closes_at: None,
                });
        }
    }
    c.custom = crm::values(conn, id)?;
    c.crm = groups(conn, id)?;
    Ok(Some(c))
}

/// The contact's CRM groups, systems by name, properties in the CRM's order.
fn groups(conn: &Connection, id: ContactId) -> rusqlite::Result<Vec<CrmGroup>> {
    let mut stmt = conn.prepare(
        "SELECT system, record_url, key, label, value, original, editable FROM crm_properties \
         WHERE contact_id = ?1 ORDER BY system, position, key",
    )?;
    let rows = stmt.query_map(params![id.0], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, Option<String>>(1)?,
            CrmProperty {
                key: r.get(2)?,
                label: r.get(3)?,
                value: r.get(4)?,
                original: r.get(5)?,
                editable: r.get(6)?,
            },
        ))
    })?;
    let mut out: Vec<CrmGroup> = Vec::new();
    for row in rows {
        let (system, record_url, property) = row?;
        match out.last_mut() {
            Some(g) if g.system == system => g.properties.push(property),
            _ => out.push(CrmGroup {
                system,
                record_url,
                properties: vec![property],
            }),
        }
    }
    Ok(out)
}

/// Appends `contact_updated` for the contact as it is now in `conn`.
pub fn announce(
    conn: &Connection,
    id: ContactId,
    settings: &Settings,
) -> AppResult<(Contact, Published)> {
    let contact = load(conn, id)?.ok_or_else(|| AppError::internal("contact vanished"))?;
    let published = events::append_contact(conn, contact.clone(), settings, now_ms())?;
    Ok((contact, published))
}

/// An optional text field of a patch: `None` unchanged, `Some(None)` cleared (empty string).
fn optional(
    value: &Option<String>,
    field: &str,
    ok: fn(&str) -> bool,
) -> AppResult<Option<Option<String>>> {
    let Some(v) = value else { return Ok(None) };
    let v = v.trim();
    if v.is_empty() {
        return Ok(Some(None));
    }
    if !ok(v) {
        return Err(AppError::invalid(format!("{field}: invalid value {v:?}")));
    }
    Ok(Some(Some(v.to_owned())))
}

/// Validates and applies a patch; answers the unmasked contact and the events written.
pub fn patch(
    conn: &mut Connection,
    hub: &Hub,
    id: ContactId,
    p: &ContactPatch,
) -> AppResult<Contact> {
    let tx = conn.transaction()?;
    let Some(before) = load(&tx, id)? else {
        return Err(AppError::not_found("no such contact"));
    };
    let name = match &p.name {
        Some(n) if n.trim().is_empty() || n.trim().chars().count() > 200 => {
            return Err(AppError::invalid("name: must be 1 to 200 characters"));
        }
        n => n.as_ref().map(|n| n.trim().to_owned()),
    };
    let email = optional(&p.email, "email", is_email)?;
    let phone = optional(&p.phone, "phone", is_phone)?;
    let country = optional(&p.country, "country", |c| {
        c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase())
    })?;
    if let Some(tags) = &p.tags {
        if tags
            .iter()
            .any(|t| t.trim().is_empty() || t.chars().count() > 50)
        {
            return Err(AppError::invalid(
                "tags: each tag must be 1 to 50 characters",
            ));
        }
    }
    let responsible = match p.responsible {
        None => None,
        Some(AgentId(0)) => Some(None),
        Some(a) => {
            let known: bool = tx.query_row(
                "SELECT EXISTS(SELECT 1 FROM agents WHERE id = ?1)",
                params![a.0],
                |r| r.get(0),
            )?;
            if !known {
                return Err(AppError::invalid(format!("responsible: no agent {a}")));
            }
            Some(Some(a.0))
        }
    };
    crm::check_values(&tx, &p.custom, &p.clear_custom)?;
    let set = |col: &str, v: &dyn rusqlite::ToSql| {
        tx.execute(
            &format!("UPDATE contacts SET {col} = ?2 WHERE id = ?1"),
            params![id.0, v],
        )
    };
    if let Some(n) = &name {
        set("name", n)?;
    }
    for (col, v) in [("email", &email), ("phone", &phone), ("country", &country)] {
        if let Some(v) = v {
            set(col, v)?;
        }
    }
    if let Some(tags) = &p.tags {
        let tags: Vec<&str> = tags.iter().map(|t| t.trim()).collect();
        set("tags", &serde_json::to_string(&tags)?)?;
    }
    if let Some(r) = responsible {
        set("responsible_id", &r)?;
    }
    crm::write_values(&tx, id, &p.custom, &p.clear_custom)?;
    let settings = super::settings::load(&tx)?;
    let (contact, published) = announce(&tx, id, &settings)?;
    let mut out = vec![published];
    if contact.name != before.name {
        out.extend(conversations_updated(&tx, id)?);
    }
    tx.commit()?;
    events::publish(hub, out);
    Ok(contact)
}

/// `conversation_updated` for every conversation of a contact (its brief changed).
fn conversations_updated(conn: &Connection, id: ContactId) -> AppResult<Vec<Published>> {
    let mut stmt =
        conn.prepare("SELECT id FROM conversations WHERE contact_id = ?1 ORDER BY id")?;
    let ids = stmt
        .query_map(params![id.0], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<i64>>>()?;
    let mut out = Vec::new();
    for c in ids {
        if let Some(conversation) = super::conversations::summary(conn, ConversationId(c))? {
            let event = Event::ConversationUpdated { conversation };
            out.push(events::append(conn, &event, now_ms())?);
        }
    }
    Ok(out)
}
