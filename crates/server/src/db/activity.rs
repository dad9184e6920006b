//! Writing a changed conversation back with its activity entries and events.
//!
//! Invariants: the row, one activity entry per [`Change`] and the events are written in the
//! caller's transaction; events go `message_created` (one per entry, in order) then
//! `conversation_updated`; entries are worded in English (clients word the typed `change`
//! in their own language).

use super::conversations::summary;
use super::messages::{insert, NewMessage};
use crate::error::{AppError, AppResult};
use crate::events::{self, Hub, Published};
use rusqlite::{params, Connection};
use switchboard_protocol::{
    Author, Change, Content, ConversationSummary, DeliveryStatus, Event, Visibility,
};

/// The English text of an activity entry by `who`.
pub fn describe(who: &str, change: &Change) -> String {
    match change {
        Change::Status { to, .. } => format!("{who} set the status to {}", to.as_str()),
        Change::Assigned { to: Some(a) } => format!("{who} assigned the conversation to agent {a}"),
        Change::Assigned { to: None } => format!("{who} unassigned the conversation"),
        Change::OperatorAdded { agent } => format!("{who} added agent {agent} as operator"),
        Change::OperatorRemoved { agent } => format!("{who} removed agent {agent} as operator"),
        Change::TagAdded { tag } => format!("{who} added the tag {tag}"),
        Change::TagRemoved { tag } => format!("{who} removed the tag {tag}"),
        Change::Snoozed { until } => format!("{who} snoozed the conversation until {until}"),
        Change::Unsnoozed => format!("{who} woke the conversation"),
        Change::Closed { note: Some(n) } => {
            format!("{who} closed the conversation ({}: {})", n.category, n.text)
        }
        Change::Closed { note: None } => format!("{who} closed the conversation"),
        Change::ContactBlocked => format!("{who} blocked the contact"),
        Change::ContactUnblocked => format!("{who} unblocked the contact"),
        Change::AiTakenOver => format!("{who} took over from the AI agent"),
        Change::Bot { enabled: true } => format!("{who} switched the bot on"),
        Change::Bot { enabled: false } => format!("{who} switched the bot off"),
        Change::AutomationStarted { name } => format!("{who} started the automation {name}"),
        Change::AutomationStopped { name } => format!("{who} stopped the automation {name}"),
        Change::CrmLinked { link } => format!("{who} linked the CRM record {}", link.title),
        Change::CrmUnlinked => format!("{who} removed the CRM link"),
        Change::Archived { archived: true } => format!("{who} archived the conversation"),
        Change::Archived { archived: false } => format!("{who} brought the conversation back"),
        Change::DealStage { to, .. } => format!("{who} moved the deal to {to}"),
        Change::DealChanged { .. } => format!("{who} changed the deal"),
        Change::Channel { to, .. } => format!("{who} moved the conversation to {}", to.as_str()),
        Change::Other => format!("{who} changed the conversation"),
    }
}

fn json<T: serde::Serialize>(v: &T) -> rusqlite::Result<String> {
    serde_json::to_string(v).map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))
}

/// Writes the mutable fields of `next` (its row must exist).
pub fn write_row(conn: &Connection, next: &ConversationSummary) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE conversations SET status = ?2, assignee_id = ?3, tags = ?4, snoozed_until = ?5, \
         operators = ?6, status_since = ?7, archived = ?8, ai_active = ?9, bot_enabled = ?10, \
         automations = ?11, crm_link = ?12, last_activity_at = ?13, unread_count = ?14 \
         WHERE id = ?1",
        params![
            next.id.0,
            next.status.as_str(),
            next.assignee.map(|a| a.0),
            json(&next.tags)?,
            next.snoozed_until.map(|t| t.timestamp_millis()),
            json(&next.operators)?,
            next.status_since.map_or(0, |t| t.timestamp_millis()),
            next.archived,
            next.ai_active,
            next.bot_enabled,
            json(&next.automations)?,
            next.crm_link.as_ref().map(json).transpose()?,
            next.last_activity_at.timestamp_millis(),
            next.unread_count,
        ],
    )?;
    Ok(())
}

/// Records `changes` by `author` on `next`'s conversation at `now`: the row (with its last
/// activity moved to `now`), the entries and their events, returned for publishing.
pub fn record(
    conn: &Connection,
    author: &Author,
    next: &mut ConversationSummary,
    changes: Vec<Change>,
    now: i64,
) -> AppResult<Vec<Published>> {
    let who = match author {
        Author::Agent { name, .. } => name.as_str(),
        _ => "Switchboard",
    };
    if !changes.is_empty() {
        next.last_activity_at = super::rows::time(now);
    }
    write_row(conn, next)?;
    let mut out = Vec::new();
    for change in changes {
        let message = insert(
            conn,
            &NewMessage {
                conversation_id: next.id,
                client_id: None,
                author: author.clone(),
                visibility: Visibility::Public,
                content: Content::Activity {
                    text: describe(who, &change),
                    change: Some(change),
                },
                status: DeliveryStatus::Sent,
                created_at_ms: now,
            },
        )?;
        out.push(events::append(
            conn,
            &Event::MessageCreated { message },
            now,
        )?);
    }
    out.push(updated(conn, next.id, now)?);
    Ok(out)
}

/// Appends `conversation_updated` with the conversation as stored now.
pub fn updated(
    conn: &Connection,
    id: switchboard_protocol::ConversationId,
    now: i64,
) -> AppResult<Published> {
    let conversation = summary(conn, id)?
        .ok_or_else(|| AppError::internal("conversation vanished in its transaction"))?;
    Ok(events::append(
        conn,
        &Event::ConversationUpdated { conversation },
        now,
    )?)
}

/// Wakes every snoozed conversation whose time has come: open again, an entry by the
/// system, events published after commit.
pub fn wake_due(conn: &mut Connection, hub: &Hub) -> AppResult<()> {
    let now = super::now_ms();
    let tx = conn.transaction()?;
    let due: Vec<i64> = tx
        .prepare(
            "SELECT id FROM conversations WHERE status = 'snoozed' AND snoozed_until IS NOT NULL \
             AND snoozed_until <= ?1 ORDER BY id",
        )?
        .query_map(params![now], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut out = Vec::new();
    for id in due {
        let Some(mut next) = summary(&tx, switchboard_protocol::ConversationId(id))? else {
            continue;
        };
        next.status = switchboard_protocol::ConversationStatus::Open;
        next.status_since = Some(super::rows::time(now));
        next.snoozed_until = None;
        out.extend(record(
            &tx,
            &Author::System,
            &mut next,
            vec![Change::Unsnoozed],
            now,
        )?);
    }
    tx.commit()?;
    events::publish(hub, out);
    Ok(())
}
