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
    AgentId, Author, Automation, Change, ConversationAction as A, ConversationId,
    ConversationStatus as St, ConversationSummary, Event,
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
    Ok(summary(conn, id)?.filter(|c| scope.perms.view_blocked || !c.contact_blocked))
}

fn set_status(c: &mut ConversationSummary, to: St, now: i64) {
    c.status = to;
    c.status_since = Some(super::rows::time(now));
    if to != St::Snoozed {
        c.snoozed_until = None;
    }
}

fn agent_exists(conn: &Connection, id: AgentId) -> AppResult<()> {
    let n: i64 = conn.query_row("SELECT COUNT(*) FROM agents WHERE id = ?1", [id.0], |r| {
        r.get(0)
    })?;
    if n == 0 {
        return Err(AppError::invalid(format!("no agent {id}")));
    }
    Ok(())
}

/// The changes `action` makes to `c` (mutated in place), or why it is refused.
fn plan(
    conn: &Connection,
    scope: &Scope,
    c: &mut ConversationSummary,
    action: &A,
    now: i64,
) -> AppResult<Vec<Change>> {
    let me = scope.agent.id;
    let from = c.status;
    let status = |to| Change::Status { from, to };
    let mut out = Vec::new();
    match action {
        A::Take => {
            if c.status != St::InProgress {
                set_status(c, St::InProgress, now);
                out.push(status(St::InProgress));
            }
            if c.assignee.is_none() {
                c.assignee = Some(me);
                c.operators.retain(|&a| a != me);
                out.push(Change::Assigned { to: Some(me) });
            }
        }
        A::Close { note } => {
            let settings = super::settings::load(conn)?;
            if let Some(n) = note {
                if !settings.closing_categories.contains(&n.category) {
                    return Err(AppError::invalid("unknown closing category"));
                }
            }
            let mandatory = settings.closing_notes == switchboard_protocol::ClosingNotes::Mandatory;
            if mandatory && note.as_ref().is_none_or(|n| n.text.trim().is_empty()) {
                return Err(AppError::invalid("a closing note is mandatory"));
            }
            if c.status != St::Closed {
                set_status(c, St::Closed, now);
                out.push(Change::Closed { note: note.clone() });
            }
        }
        A::Reopen => match c.status {
            St::Closed => {
                set_status(c, St::Open, now);
                out.push(status(St::Open));
            }
            St::Snoozed => return Err(AppError::conflict("snoozed: unsnooze it instead")),
            _ => {}
        },
        A::Snooze { until } => {
            if until.timestamp_millis() <= now {
                return Err(AppError::invalid("until must be in the future"));
            }
            if c.contact_blocked {
                return Err(AppError::conflict(
                    "a blocked contact's conversation cannot be snoozed",
                ));
            }
            if c.status == St::Closed {
                return Err(AppError::conflict(
                    "a closed conversation cannot be snoozed",
                ));
            }
            if c.status != St::Snoozed || c.snoozed_until != Some(*until) {
                set_status(c, St::Snoozed, now);
                c.snoozed_until = Some(*until);
                out.push(Change::Snoozed { until: *until });
            }
        }
        A::Unsnooze => {
            if c.status != St::Snoozed {
                return Err(AppError::conflict("the conversation is not snoozed"));
            }
            set_status(c, St::Open, now);
            out.push(Change::Unsnoozed);
        }
        A::Assign { agent } => {
            if let Some(a) = agent {
                agent_exists(conn, *a)?;
            }
            if c.assignee != *agent {
                c.assignee = *agent;
                c.operators.retain(|o| Some(*o) != *agent);
                out.push(Change::Assigned { to: *agent });
            }
        }
        A::AddOperator { agent } => {
            agent_exists(conn, *agent)?;
            if c.assignee != Some(*agent) && !c.operators.contains(agent) {
                c.operators.push(*agent);
                out.push(Change::OperatorAdded { agent: *agent });
            }
        }
        A::RemoveOperator { agent } => {
            if c.operators.contains(agent) {
                c.operators.retain(|o| o != agent);
                out.push(Change::OperatorRemoved { agent: *agent });
            }
        }
        A::Leave => {
            if c.assignee == Some(me) {
                c.assignee = None;
                out.push(Change::Assigned { to: None });
            } else if c.operators.contains(&me) {
                c.operators.retain(|&o| o != me);
                out.push(Change::OperatorRemoved { agent: me });
            } else {
                return Err(AppError::conflict(
                    "you are not an operator of this conversation",
                ));
            }
        }
        A::TakeOver => {
            if !c.ai_active {
                return Err(AppError::conflict(
                    "the AI agent is not handling this conversation",
                ));
            }
            c.ai_active = false;
            out.push(Change::AiTakenOver);
            if c.assignee != Some(me) {
                c.assignee = Some(me);
                c.operators.retain(|&o| o != me);
                out.push(Change::Assigned { to: Some(me) });
            }
        }
        A::SetBot { enabled } => {
            if c.bot_enabled != *enabled {
                c.bot_enabled = *enabled;
                out.push(Change::Bot { enabled: *enabled });
            }
        }
        A::RunAutomation { automation_id } => {
            let a = catalogue()
                .into_iter()
                .find(|a| &a.id == automation_id)
                .ok_or_else(|| AppError::invalid("no such automation"))?;
            if !c.automations.iter().any(|r| r.id == a.id) {
                c.automations.push(switchboard_protocol::RunningAutomation {
                    id: a.id,
                    name: a.name.clone(),
                    started_at: super::rows::time(now),
                });
                out.push(Change::AutomationStarted { name: a.name });
            }
        }
        A::StopAutomation { automation_id } => {
            let (stop, keep) = std::mem::take(&mut c.automations)
                .into_iter()
                .partition(|r| automation_id.as_ref().is_none_or(|id| &r.id == id));
            c.automations = keep;
            let stop: Vec<switchboard_protocol::RunningAutomation> = stop;
            out.extend(
                stop.into_iter()
                    .map(|r| Change::AutomationStopped { name: r.name }),
            );
        }
        A::LinkCrm { link } => {
            if link.id.trim().is_empty() || link.title.trim().is_empty() {
                return Err(AppError::invalid("a CRM link needs an id and a title"));
            }
            if c.crm_link.as_ref() != Some(link) {
                c.crm_link = Some(link.clone());
                out.push(Change::CrmLinked { link: link.clone() });
            }
        }
        A::UnlinkCrm => {
            if c.crm_link.take().is_some() {
                out.push(Change::CrmUnlinked);
            }
        }
        A::AddTag { tag } => {
            let tag = tag.trim();
            if tag.is_empty() || tag.chars().count() > 40 {
                return Err(AppError::invalid("a tag is 1 to 40 characters"));
            }
            if !c.tags.iter().any(|t| t == tag) {
                c.tags.push(tag.to_owned());
                out.push(Change::TagAdded {
                    tag: tag.to_owned(),
                });
            }
        }
        A::RemoveTag { tag } => {
            if c.tags.iter().any(|t| t == tag) {
                c.tags.retain(|t| t != tag);
                out.push(Change::TagRemoved { tag: tag.clone() });
            }
        }
        A::Archive | A::Unarchive => {
            let to = matches!(action, A::Archive);
            if c.archived != to {
                c.archived = to;
                out.push(Change::Archived { archived: to });
            }
        }
        A::Delete | A::MarkRead | A::MarkUnread | A::BlockContact | A::UnblockContact => {
            return Err(AppError::internal("handled before planning"))
        }
    }
    Ok(out)
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
            let change = if block {
                Change::ContactBlocked
            } else {
                Change::ContactUnblocked
            };
            let mut out = record(&tx, &author, &mut next, vec![change], now)?;
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
            let changes = plan(&tx, scope, &mut next, action, now)?;
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
