//! `POST /conversations/{id}/actions`: each [`ConversationAction`] as a planned change of
//! the conversation row plus its typed activity entries (see `switchboard_protocol::action`).
//!
//! Invariants: one transaction per action; an action that changes nothing writes and emits
//! nothing; a refused one (409, 422, 403) writes nothing; blocked contacts' conversations
//! are invisible (404) to agents without `view_blocked`.

use super::activity::{record, updated};
use super::conversations::summary;
use super::query::Scope;
use crate::error::{AppError, AppResult};
use crate::events::{self, Hub};
use rusqlite::{params, Connection};
use switchboard_protocol::{
    Author, Automation, Change, ConversationAction as A, ConversationId, ConversationSummary, Event,
};

/// The shortcut automations (`GET /automations`), a fixed catalogue.
pub fn catalogue() -> Vec<Automation> {
    [
        ("price-list", "Send price list"),
        ("feedback", "Ask for feedback"),
        ("escalate", "Escalate to supervisor"),
    ]
    .into_iter()
    .map(|(id, name)| Automation {
        id: id.into(),
        name: name.into(),
    })
    .collect()
}

/// The conversation if `scope` may see it.
pub fn visible(
    conn: &Connection,
    scope: &Scope,
    id: ConversationId,
) -> rusqlite::Result<Option<ConversationSummary>> {
    Ok(summary(conn, id)?.filter(|c| scope.sees(c)))
}

/// Applies `action` to conversation `id` as `scope`; `None` when it was deleted.
pub fn apply(
    conn: &mut Connection,
    hub: &Hub,
    scope: &Scope,
    id: ConversationId,
    action: &A,
) -> AppResult<Option<ConversationSummary>> {
    let now = super::now_ms();
    let tx = conn.transaction()?;
    let cur =
        visible(&tx, scope, id)?.ok_or_else(|| AppError::not_found("no such conversation"))?;
    let author = Author::Agent {
        id: scope.agent.id,
        name: scope.agent.name.clone(),
    };
    let mut next = cur.clone();
    let out = match action {
        A::Delete => {
            if !scope.perms.delete_conversations {
                return Err(AppError::forbidden("deleting needs delete_conversations"));
            }
            tx.execute("DELETE FROM messages WHERE conversation_id = ?1", [id.0])?;
            tx.execute("DELETE FROM conversations WHERE id = ?1", [id.0])?;
            let event = Event::ConversationDeleted {
                conversation_id: id,
            };
            let out = vec![events::append(&tx, &event, now)?];
            tx.commit()?;
            events::publish(hub, out);
            return Ok(None);
        }
        A::MarkRead | A::MarkUnread => {
            let has_inbound: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM messages WHERE conversation_id = ?1 \
                 AND json_extract(author, '$.kind') = 'contact')",
                [id.0],
                |r| r.get(0),
            )?;
            next.unread_count = match action {
                A::MarkRead => 0,
                _ if has_inbound => cur.unread_count.max(1),
                _ => cur.unread_count,
            };
            if next.unread_count == cur.unread_count {
                return Ok(Some(cur));
            }
            super::activity::write_row(&tx, &next)?;
            vec![updated(&tx, id, now)?]
        }
        A::BlockContact | A::UnblockContact => {
            if !scope.perms.block_contacts {
                return Err(AppError::forbidden("blocking needs block_contacts"));
            }
            let block = matches!(action, A::BlockContact);
            if cur.contact_blocked == block {
                return Ok(Some(cur));
            }
            tx.execute(
                "UPDATE contacts SET blocked = ?2 WHERE id = ?1",
                params![cur.contact.id.0, block],
            )?;
            next.contact_blocked = block;
            let mut changes = vec![if block {
                Change::ContactBlocked
            } else {
                Change::ContactUnblocked
            }];
            // Snoozing is off for blocked contacts: a snoozed conversation wakes.
            if block && next.status == switchboard_protocol::ConversationStatus::Snoozed {
                super::plan::set_status(
                    &mut next,
                    switchboard_protocol::ConversationStatus::Open,
                    now,
                );
                changes.push(Change::Unsnoozed);
            }
            // The contact card says whether the contact is blocked: it changed first.
            let mut out = Vec::new();
            if let Some(contact) = super::contacts::load(&tx, cur.contact.id)? {
                let settings = super::settings::load(&tx)?;
                out.push(events::append_contact(&tx, contact, &settings, now)?);
            }
            out.extend(record(&tx, &author, &mut next, changes, now)?);
            let others: Vec<i64> = tx
                .prepare(
                    "SELECT id FROM conversations WHERE contact_id = ?1 AND id <> ?2 ORDER BY id",
                )?
                .query_map(params![cur.contact.id.0, id.0], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            for other in others {
                out.push(updated(&tx, ConversationId(other), now)?);
            }
            out
        }
        _ => {
            let changes = super::plan::plan(&tx, scope, &mut next, action, now)?;
            if changes.is_empty() {
                return Ok(Some(cur));
            }
            record(&tx, &author, &mut next, changes, now)?
        }
    };
    let after = summary(&tx, id)?;
    tx.commit()?;
    events::publish(hub, out);
    Ok(after)
}
