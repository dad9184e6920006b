//! Pipelines and deals (at most one per conversation).
//!
//! Invariants: a stored deal's stage is one of its pipeline's stages, its line 1 or 2, its
//! amount not negative; `conversations.deal` (the list row's `DealBrief`) always equals the
//! deal's stage, amount and currency. A `PUT` that creates a deal or changes it
//! writes one activity entry authored by the agent, typed: `Change::DealStage` when the
//! deal is created or its stage moves (with the other fields that changed),
//! `Change::DealChanged` when just the pipeline, line, channel or amount change (an
//! unchanged `PUT` writes none). Events, in order: `message_created` (only with a
//! change), `deal_updated`, `conversation_updated`.

use super::messages::{insert, NewMessage};
use super::now_ms;
use crate::error::{AppError, AppResult};
use crate::events::{self, Hub};
use rusqlite::{params, Connection, OptionalExtension};
use switchboard_protocol::{
    Agent, Author, Change, Channel, Content, ConversationId, Deal, DealBrief, DealField,
    DealUpdate, DeliveryStatus, Event, Money, Pipeline, PipelineId, Visibility,
};

/// Every pipeline, by id.
pub fn pipelines(conn: &Connection) -> rusqlite::Result<Vec<Pipeline>> {
    let mut stmt = conn.prepare("SELECT id, name, stages FROM pipelines ORDER BY id")?;
    let rows = stmt.query_map([], |r| {
        let stages: String = r.get(2)?;
        Ok(Pipeline {
            id: PipelineId(r.get(0)?),
            name: r.get(1)?,
            stages: serde_json::from_str(&stages).map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(2, rusqlite::types::Type::Text, e.into())
            })?,
        })
    })?;
    rows.collect()
}

/// The conversation's deal, if it has one.
pub fn get(conn: &Connection, id: ConversationId) -> rusqlite::Result<Option<Deal>> {
    conn.query_row(
        "SELECT conversation_id, pipeline_id, stage, line, channel, amount_minor, currency \
         FROM deals WHERE conversation_id = ?1",
        params![id.0],
        |r| {
            Ok(Deal {
                conversation_id: ConversationId(r.get(0)?),
                pipeline: PipelineId(r.get(1)?),
                stage: r.get(2)?,
                line: r.get(3)?,
                channel: r.get::<_, Option<String>>(4)?.map(|c| Channel::parse(&c)),
                amount_minor: r.get(5)?,
                currency: r.get(6)?,
            })
        },
    )
    .optional()
}

/// Checks a deal update against the pipelines (422 naming the field).
fn validate(conn: &Connection, u: &DealUpdate) -> AppResult<()> {
    let pipeline = pipelines(conn)?
        .into_iter()
        .find(|p| p.id == u.pipeline)
        .ok_or_else(|| AppError::invalid(format!("pipeline: no pipeline {}", u.pipeline)))?;
    if !pipeline.stages.contains(&u.stage) {
        return Err(AppError::invalid(format!(
            "stage: {:?} is not a stage of {:?}",
            u.stage, pipeline.name
        )));
    }
    if !matches!(u.line, 1 | 2) {
        return Err(AppError::invalid("line: must be 1 or 2"));
    }
    if u.amount_minor < 0 {
        return Err(AppError::invalid("amount_minor: must not be negative"));
    }
    if u.currency.len() != 3 || !u.currency.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(AppError::invalid(
            "currency: must be 3 uppercase letters (ISO 4217)",
        ));
    }
    if u.channel == Some(Channel::Other) {
        return Err(AppError::invalid("channel: unknown channel"));
    }
    Ok(())
}

/// An amount in minor units as the history words it: `1250.50 EUR`.
fn money(minor: i64, currency: &str) -> String {
    format!("{}.{:02} {currency}", minor / 100, minor % 100)
}

/// What an update changes besides the stage, typed for the history (each client words it).
fn other_changes(conn: &Connection, b: &Deal, u: &DealUpdate) -> rusqlite::Result<Vec<DealField>> {
    let mut out = Vec::new();
    if b.pipeline != u.pipeline {
        let all = pipelines(conn)?;
        let name = |id: PipelineId| {
            all.iter()
                .find(|p| p.id == id)
                .map_or_else(|| id.to_string(), |p| p.name.clone())
        };
        out.push(DealField::Pipeline {
            from: name(b.pipeline),
            to: name(u.pipeline),
        });
    }
    if b.line != u.line {
        out.push(DealField::Line {
            from: b.line,
            to: u.line,
        });
    }
    if b.channel != u.channel {
        out.push(DealField::Channel {
            from: b.channel,
            to: u.channel,
        });
    }
    if (b.amount_minor, &b.currency) != (u.amount_minor, &u.currency) {
        out.push(DealField::Amount {
            from: Money {
                minor: b.amount_minor,
                currency: b.currency.clone(),
            },
            to: Money {
                minor: u.amount_minor,
                currency: u.currency.clone(),
            },
        });
    }
    Ok(out)
}

/// A changed field in English (`line 1 → 2`), for the entry's text.
fn field_text(f: &DealField) -> String {
    match f {
        DealField::Pipeline { from, to } => format!("pipeline {from} → {to}"),
        DealField::Line { from, to } => format!("line {from} → {to}"),
        DealField::Channel { from, to } => {
            let name = |c: Option<Channel>| c.map_or("none", Channel::as_str);
            format!("channel {} → {}", name(*from), name(*to))
        }
        DealField::Amount { from, to } => format!(
            "amount {} → {}",
            money(from.minor, &from.currency),
            money(to.minor, &to.currency)
        ),
        DealField::Other => "another field".to_owned(),
    }
}

/// Creates or replaces the conversation's deal.
pub fn put(
    conn: &mut Connection,
    hub: &Hub,
    agent: &Agent,
    id: ConversationId,
    u: &DealUpdate,
) -> AppResult<Deal> {
    let tx = conn.transaction()?;
    if super::conversations::summary(&tx, id)?.is_none() {
        return Err(AppError::not_found("no such conversation"));
    }
    validate(&tx, u)?;
    let before = get(&tx, id)?;
    tx.execute(
        "INSERT INTO deals (conversation_id, pipeline_id, stage, line, channel, amount_minor, \
         currency) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(conversation_id) DO UPDATE SET \
         pipeline_id = excluded.pipeline_id, stage = excluded.stage, line = excluded.line, \
         channel = excluded.channel, amount_minor = excluded.amount_minor, \
         currency = excluded.currency",
        params![
            id.0,
            u.pipeline.0,
            u.stage,
            u.line,
            u.channel.map(Channel::as_str),
            u.amount_minor,
            u.currency
        ],
    )?;
    let brief = DealBrief {
        stage: u.stage.clone(),
        amount_minor: u.amount_minor,
        currency: u.currency.clone(),
    };
    tx.execute(
        "UPDATE conversations SET deal = ?2 WHERE id = ?1",
        params![id.0, serde_json::to_string(&brief)?],
    )?;
    let now = now_ms();
    let mut out = Vec::new();
    let others = before
        .as_ref()
        .map(|b| other_changes(&tx, b, u))
        .transpose()?
        .unwrap_or_default();
    let from = before.map(|d| d.stage);
    let stage_moved = from.as_deref() != Some(u.stage.as_str());
    if stage_moved || !others.is_empty() {
        let who = &agent.name;
        let words: Vec<String> = others.iter().map(field_text).collect();
        let text = match (&from, stage_moved, others.is_empty()) {
            (None, ..) => format!("{who} created a deal at stage {}", u.stage),
            (Some(f), true, true) => format!("{who} moved the deal from {f} to {}", u.stage),
            (Some(f), true, false) => format!(
                "{who} moved the deal from {f} to {} ({})",
                u.stage,
                words.join(", ")
            ),
            (Some(_), false, _) => format!("{who} changed the deal: {}", words.join(", ")),
        };
        let change = Some(if stage_moved {
            Change::DealStage {
                from: from.clone(),
                to: u.stage.clone(),
                fields: others,
            }
        } else {
            Change::DealChanged { fields: others }
        });
        let message = insert(
            &tx,
            &NewMessage {
                conversation_id: id,
                client_id: None,
                author: Author::Agent {
                    id: agent.id,
                    name: agent.name.clone(),
                },
                visibility: Visibility::Public,
                content: Content::Activity { text, change },
                status: DeliveryStatus::Sent,
                created_at_ms: now,
            },
        )?;
        // Like every activity entry, it moves the last activity, not the list's last
        // message (customer messages, replies and notes only).
        tx.execute(
            "UPDATE conversations SET last_activity_at = ?2 WHERE id = ?1",
            params![id.0, now],
        )?;
        out.push(events::append(
            &tx,
            &Event::MessageCreated { message },
            now,
        )?);
    }
    let deal = get(&tx, id)?.ok_or_else(|| AppError::internal("deal vanished"))?;
    let updated = Event::DealUpdated {
        conversation_id: id,
        deal: Some(deal.clone()),
    };
    out.push(events::append(&tx, &updated, now)?);
    let conversation = super::conversations::summary(&tx, id)?
        .ok_or_else(|| AppError::internal("conversation vanished"))?;
    out.push(events::append(
        &tx,
        &Event::ConversationUpdated { conversation },
        now,
    )?);
    tx.commit()?;
    events::publish(hub, out);
    Ok(deal)
}
