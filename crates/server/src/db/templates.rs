//! Canned replies, approved templates and the variable catalogue.
//!
//! Invariant: a text is sent only fully resolved: every `{{n}}` has a non-empty value and
//! every `{{key}}` is a known variable, else the send is refused naming what is missing.

use super::rows::CONTACT_SELECT;
use super::uploads;
use crate::error::{AppError, AppResult};
use rusqlite::{params, Connection, OptionalExtension, Row};
use std::collections::BTreeMap;
use switchboard_protocol::{Agent, Channel, ConversationSummary, Template, TemplateId, Variable};

/// The variables texts may use, with their labels.
pub const VARIABLES: [(&str, &str); 7] = [
    ("contact.first_name", "Contact first name"),
    ("contact.last_name", "Contact last name"),
    ("contact.name", "Contact full name"),
    ("agent.name", "Agent name"),
    ("company.name", "Company name"),
    ("deal.stage", "Deal stage"),
    ("deal.amount", "Deal amount"),
];

/// The workspace's name when its settings give none, as `{{company.name}}` gives it.
pub const COMPANY: &str = "Switchboard Demo Store";

/// The catalogue as protocol records.
pub fn variables() -> Vec<Variable> {
    VARIABLES
        .iter()
        .map(|(k, l)| Variable {
            key: (*k).into(),
            label: (*l).into(),
        })
        .collect()
}

const SELECT: &str =
    "SELECT id, name, text, attachments, channels, approved, params, language FROM templates";

fn json<T: serde::de::DeserializeOwned>(row: &Row<'_>, i: usize) -> rusqlite::Result<T> {
    let s: String = row.get(i)?;
    serde_json::from_str(&s).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn row(r: &Row<'_>) -> rusqlite::Result<(Template, Vec<i64>)> {
    Ok((
        Template {
            id: TemplateId(r.get(0)?),
            name: r.get(1)?,
            text: r.get(2)?,
            attachments: Vec::new(),
            channels: json(r, 4)?,
            approved: r.get(5)?,
            params: json(r, 6)?,
            language: r.get(7)?,
        },
        json(r, 3)?,
    ))
}

fn with_files(conn: &Connection, (mut t, files): (Template, Vec<i64>)) -> AppResult<Template> {
    for id in files {
        if let Some(mut a) = uploads::attachment(conn, switchboard_protocol::UploadId(id))? {
            a.url = uploads::signed_path(&uploads::signing_key(conn)?, a.id);
            t.attachments.push(a);
        }
    }
    Ok(t)
}

/// One template, if it exists.
pub fn get(conn: &Connection, id: TemplateId) -> AppResult<Option<Template>> {
    let found = conn
        .query_row(&format!("{SELECT} WHERE id = ?1"), params![id.0], row)
        .optional()?;
    found.map(|f| with_files(conn, f)).transpose()
}

/// Templates usable on `channel` (all when absent) whose name or text contains `q`.
pub fn list(conn: &Connection, channel: Option<Channel>, q: &str) -> AppResult<Vec<Template>> {
    let mut stmt = conn.prepare(&format!("{SELECT} ORDER BY name, id"))?;
    let all = stmt
        .query_map([], row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let q = q.trim().to_lowercase();
    let mut out = Vec::new();
    for found in all {
        let t = &found.0;
        let on_channel = channel.is_none_or(|c| t.channels.is_empty() || t.channels.contains(&c));
        let matches = q.is_empty()
            || t.name.to_lowercase().contains(&q)
            || t.text.to_lowercase().contains(&q);
        if on_channel && matches {
            out.push(with_files(conn, found)?);
        }
    }
    Ok(out)
}

/// The `{{...}}` placeholders of a text, in order.
fn placeholders(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        let Some(len) = rest[start + 2..].find("}}") else {
            break;
        };
        out.push(rest[start + 2..start + 2 + len].trim().to_owned());
        rest = &rest[start + 2 + len + 2..];
    }
    out
}

/// Fills numbered parameters and variables of a text for a conversation.
pub fn resolve(
    conn: &Connection,
    text: &str,
    params: &BTreeMap<String, String>,
    agent: &Agent,
    conversation: &ConversationSummary,
) -> AppResult<String> {
    let contact = conn.query_row(
        &format!("{CONTACT_SELECT} WHERE id = ?1"),
        params![conversation.contact.id.0],
        super::rows::contact,
    )?;
    let mut words = contact.name.split_whitespace();
    let first = words.next().unwrap_or_default().to_owned();
    let last = words.collect::<Vec<_>>().join(" ");
    let deal = conversation.deal.as_ref();
    let company = super::settings::load(conn)?
        .company_name
        .unwrap_or_else(|| COMPANY.to_owned());
    let mut out = text.to_owned();
    for key in placeholders(text) {
        let value = if key.chars().all(|c| c.is_ascii_digit()) {
            match params.get(&key).map(|v| v.trim()) {
                Some(v) if !v.is_empty() => v.to_owned(),
                _ => {
                    return Err(AppError::invalid(format!(
                        "template parameter {{{{{key}}}}} has no value"
                    )))
                }
            }
        } else {
            match key.as_str() {
                "contact.first_name" => first.clone(),
                "contact.last_name" => last.clone(),
                "contact.name" => contact.name.clone(),
                "agent.name" => agent.name.clone(),
                "company.name" => company.clone(),
                "deal.stage" => deal.map(|d| d.stage.clone()).unwrap_or_default(),
                "deal.amount" => deal
                    .map(|d| {
                        format!(
                            "{}.{:02} {}",
                            d.amount_minor / 100,
                            d.amount_minor % 100,
                            d.currency
                        )
                    })
                    .unwrap_or_default(),
                other => {
                    return Err(AppError::invalid(format!(
                        "unknown variable {{{{{other}}}}}"
                    )))
                }
            }
        };
        out = out.replacen(&format!("{{{{{key}}}}}"), &value, 1);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn placeholders_are_found_in_order() {
        assert_eq!(
            super::placeholders("Hi {{contact.first_name}}, order {{1}} {{2}}"),
            ["contact.first_name", "1", "2"]
        );
    }
}
