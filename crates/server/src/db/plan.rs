//! Planning one [`ConversationAction`] on a conversation: the new row (mutated in place)
//! and the typed changes it records, or why it is refused. Pure but for reading the
//! settings and checking agents exist; nothing is written here.

use super::actions::catalogue;
use super::query::Scope;
use crate::error::{AppError, AppResult};
use rusqlite::Connection;
use switchboard_protocol::{
    AgentId, Change, ConversationAction as A, ConversationStatus as St, ConversationSummary,
};

/// Sets the status and its start time; only `snoozed` keeps `snoozed_until`.
pub fn set_status(c: &mut ConversationSummary, to: St, now: i64) {
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
pub fn plan(
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
