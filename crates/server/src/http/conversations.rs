//! `GET /conversations` (mailbox, filters, search, sort, keyset cursor), `GET
//! /conversations/counts`, `GET /conversations/{id}`, `POST /conversations/{id}/read` and
//! `POST /conversations/{id}/actions`.
//!
//! Invariant: every read first wakes the snoozed conversations that are due, so no answer
//! shows an overdue snooze.

use super::extract::{page_limit, ConversationPath, JsonBody, QueryOf};
use crate::auth::{Caller, CurrentAgent};
use crate::db::query;
use crate::db::{actions, activity, conversations};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use switchboard_protocol::{
    Automation, ConversationAction, ConversationCounts, ConversationDetail, ConversationPage,
    ConversationQuery, ConversationSummary,
};

fn parse(pairs: &[(String, String)]) -> AppResult<ConversationQuery> {
    ConversationQuery::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .map_err(AppError::bad_request)
}

/// A page of conversations for the query.
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    QueryOf(pairs): QueryOf<Vec<(String, String)>>,
) -> AppResult<Json<ConversationPage>> {
    let q = parse(&pairs)?;
    let limit = page_limit(q.limit)?;
    let scope = caller.scope();
    let page = state
        .run(move |conn, hub| {
            activity::wake_due(conn, hub)?;
            query::list(conn, &scope, &q, limit)
        })
        .await?;
    Ok(Json(page))
}

/// Counts per status tab and mailbox for the query (status ignored).
pub async fn counts(
    State(state): State<AppState>,
    caller: Caller,
    QueryOf(pairs): QueryOf<Vec<(String, String)>>,
) -> AppResult<Json<ConversationCounts>> {
    let q = parse(&pairs)?;
    let scope = caller.scope();
    let counts = state
        .run(move |conn, hub| {
            activity::wake_due(conn, hub)?;
            crate::db::counts::counts(conn, &scope, &q)
        })
        .await?;
    Ok(Json(counts))
}

/// One conversation with its whole contact, masked for the agent (see [`crate::mask`]);
/// 404 when the agent may not see it.
pub async fn detail(
    State(state): State<AppState>,
    caller: Caller,
    ConversationPath(id): ConversationPath,
) -> AppResult<Json<ConversationDetail>> {
    let perms = switchboard_protocol::Permissions::of(caller.agent.role);
    let scope = caller.scope();
    state
        .run(move |conn, hub| {
            activity::wake_due(conn, hub)?;
            if actions::visible(conn, &scope, id)?.is_none() {
                return Ok(None);
            }
            let Some(mut detail) = conversations::detail(conn, id)? else {
                return Ok(None);
            };
            if let Some(full) = crate::db::contacts::load(conn, detail.contact.id)? {
                detail.contact = full;
            }
            let settings = crate::db::settings::load(conn)?;
            detail.contact = crate::mask::mask_contact(detail.contact, perms, &settings);
            Ok(Some(detail))
        })
        .await?
        .map(Json)
        .ok_or_else(|| AppError::not_found("no such conversation"))
}

/// Marks a conversation read (unread count 0).
pub async fn read(
    State(state): State<AppState>,
    caller: Caller,
    ConversationPath(id): ConversationPath,
) -> AppResult<Json<ConversationSummary>> {
    let scope = caller.scope();
    state
        .run(move |conn, hub| {
            if actions::visible(conn, &scope, id)?.is_none() {
                return Ok(None);
            }
            Ok(conversations::mark_read(conn, hub, id)?)
        })
        .await?
        .map(Json)
        .ok_or_else(|| AppError::not_found("no such conversation"))
}

/// One action; answers the conversation as it is afterwards, or 204 after `delete`.
pub async fn action(
    State(state): State<AppState>,
    caller: Caller,
    ConversationPath(id): ConversationPath,
    JsonBody(action): JsonBody<ConversationAction>,
) -> AppResult<Response> {
    let scope = caller.scope();
    let after = state
        .run(move |conn, hub| actions::apply(conn, hub, &scope, id, &action))
        .await?;
    Ok(match after {
        Some(c) => Json(c).into_response(),
        None => StatusCode::NO_CONTENT.into_response(),
    })
}

/// The shortcut automations agents can run.
pub async fn automations(_: CurrentAgent) -> Json<Vec<Automation>> {
    Json(actions::catalogue())
}
