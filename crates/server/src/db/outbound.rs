//! Writing first: creating a client by phone or email and starting an outbound thread
//! (finding one is in [`super::contact_search`]).
//!
//! Invariants: an outbound thread's conversation, message and events are written in one
//! transaction (`conversation_created`, `message_created`, `conversation_updated`), so a
//! refused message leaves no empty conversation behind; a repeated `client_id` with the
//! same body answers the first result and writes nothing.

use super::contact_search::{digits, open_conversation};
use super::conversations::summary;
use super::now_ms;
use super::reach::{contact_blocked, contact_channels};
use super::rows::{self, CONTACT_SELECT};
use super::send::{compose, repeat, store};
use crate::error::{AppError, AppResult};
use crate::events::{self, Hub};
use rusqlite::{params, Connection};
use switchboard_protocol::{
    Agent, Channel, Contact, ConversationId, Event, NewContact, OutboundRequest, OutboundResult,
    SendMessage, Visibility,
};

fn valid_email(e: &str) -> bool {
    let Some((local, domain)) = e.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !e
            .chars()
            .any(|c| c.is_whitespace() || c == ',' || c == '<' || c == '>')
        && !domain.contains('@')
}

/// A new contact by phone or email; an existing one with either is a `conflict` naming it.
pub fn create(conn: &mut Connection, body: &NewContact) -> AppResult<Contact> {
    let phone = body
        .phone
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty());
    let email = body
        .email
        .as_deref()
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .map(str::to_lowercase);
    if phone.is_none() && email.is_none() {
        return Err(AppError::invalid("give a phone or an email"));
    }
    let phone = match phone {
        None => None,
        Some(p) => {
            let d = digits(p);
            let ok = p
                .chars()
                .all(|c| c.is_ascii_digit() || " +-().".contains(c))
                && (7..=15).contains(&d.len());
            if !ok {
                return Err(AppError::invalid(
                    "phone must be an international number of 7 to 15 digits",
                ));
            }
            Some(format!("+{d}"))
        }
    };
    if email.as_deref().is_some_and(|e| !valid_email(e)) {
        return Err(AppError::invalid("email is not a valid address"));
    }
    let tx = conn.transaction()?;
    let existing: Vec<(i64, Option<String>, Option<String>)> = tx
        .prepare("SELECT id, phone, email FROM contacts")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (id, p, e) in existing {
        if phone
            .as_deref()
            .is_some_and(|n| p.as_deref().is_some_and(|p| digits(p) == digits(n)))
        {
            return Err(AppError::conflict(format!(
                "contact {id} already has this phone"
            )));
        }
        if email
            .as_deref()
            .is_some_and(|n| e.as_deref().is_some_and(|e| e.eq_ignore_ascii_case(n)))
        {
            return Err(AppError::conflict(format!(
                "contact {id} already has this email"
            )));
        }
    }
    let name = body
        .name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_owned);
    let name = name
        .or_else(|| phone.clone())
        .or_else(|| email.clone())
        .unwrap_or_default();
    tx.execute(
        "INSERT INTO contacts (name, phone, email, source, tags, created_at) VALUES (?1, ?2, ?3, 'outbound', '[]', ?4)",
        params![name, phone, email, now_ms()],
    )?;
    let id = tx.last_insert_rowid();
    let contact = tx.query_row(
        &format!("{CONTACT_SELECT} WHERE id = ?1"),
        params![id],
        rows::contact,
    )?;
    tx.commit()?;
    Ok(contact)
}

/// Starts an outbound thread. `(result, true)` when created, `(result, false)` on a repeat.
pub fn outbound(
    conn: &mut Connection,
    hub: &Hub,
    agent: &Agent,
    req: &OutboundRequest,
) -> AppResult<(OutboundResult, bool)> {
    let request = format!("outbound:{}", serde_json::to_string(req)?);
    let body = SendMessage {
        template: req.template.clone(),
        attachments: req.attachments.clone(),
        subject: req.subject.clone(),
        channel: Some(req.channel),
        ..SendMessage::text(req.client_id.clone(), req.text.clone(), Visibility::Public)
    };
    let tx = conn.transaction()?;
    if let Some(message) = repeat(&tx, &body, &request)? {
        let conversation = summary(&tx, message.conversation_id)?
            .ok_or_else(|| AppError::internal("conversation vanished"))?;
        return Ok((
            OutboundResult {
                conversation,
                message,
            },
            false,
        ));
    }
    let contact = req.contact_id.0;
    let known: bool = tx.query_row(
        "SELECT COUNT(*) > 0 FROM contacts WHERE id = ?1",
        params![contact],
        |r| r.get(0),
    )?;
    if !known {
        return Err(AppError::not_found("no such contact"));
    }
    if contact_blocked(&tx, contact)? {
        return Err(AppError::conflict("the contact is blocked"));
    }
    if !contact_channels(&tx, contact)?.contains(&req.channel) {
        return Err(AppError::invalid(format!(
            "the contact cannot be reached on {}",
            req.channel.as_str()
        )));
    }
    if let (Some((open, _)), true) = (
        open_conversation(&tx, contact)?,
        req.channel != Channel::Email,
    ) {
        return Err(AppError::conflict(format!(
            "the contact already has an open conversation ({})",
            open.0
        )));
    }
    let tags: Vec<String> = req
        .tags
        .iter()
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
        .collect();
    if tags.is_empty() && super::settings::load(&tx)?.tags_required_on_outbound {
        return Err(AppError::invalid(
            "this workspace requires at least one tag on outbound threads",
        ));
    }
    tx.execute(
        "INSERT INTO conversations (contact_id, channel, status, assignee_id, tags, last_activity_at) \
         VALUES (?1, ?2, 'open', ?3, ?4, ?5)",
        params![contact, req.channel.as_str(), req.assign_to_me.then_some(agent.id.0), serde_json::to_string(&tags)?, now_ms()],
    )?;
    let id = ConversationId(tx.last_insert_rowid());
    let created = summary(&tx, id)?.ok_or_else(|| AppError::internal("conversation vanished"))?;
    let composed = compose(&tx, agent, &created, &body)?;
    let mut out = vec![events::append(
        &tx,
        &Event::ConversationCreated {
            conversation: created,
        },
        now_ms(),
    )?];
    let (message, more) = store(&tx, composed, request)?;
    out.extend(more);
    let conversation =
        summary(&tx, id)?.ok_or_else(|| AppError::internal("conversation vanished"))?;
    tx.commit()?;
    events::publish(hub, out);
    Ok((
        OutboundResult {
            conversation,
            message,
        },
        true,
    ))
}
