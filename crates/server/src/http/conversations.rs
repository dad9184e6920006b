//! `GET /conversations`, `GET /conversations/{id}` and `POST /conversations/{id}/read`.

use super::extract::{page_limit, ConversationPath, QueryOf};
use crate::auth::CurrentAgent;
use crate::db::conversations::{self, Cursor};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use axum::extract::State;
use axum::Json;
use serde::Deserialize;
use switchboard_protocol::{ConversationDetail, ConversationPage, ConversationSummary};

/// Paging of `GET /conversations` (filters and sort follow with the full query).
#[derive(Deserialize)]
pub struct PageQuery {
    limit: Option<u32>,
    cursor: Option<String>,
}

/// A page of conversations, newest activity first.
pub async fn list(
    State(state): State<AppState>,
    _: CurrentAgent,
    QueryOf(q): QueryOf<PageQuery>,
) -> AppResult<Json<ConversationPage>> {
    let limit = page_limit(q.limit)?;
    let cursor = match q.cursor.as_deref() {
        None | Some("") => None,
        Some(raw) => Some(Cursor::parse(raw).ok_or_else(|| AppError::bad_request("bad cursor"))?),
    };
    let page = state
        .run(move |conn, _| Ok(conversations::list(conn, limit, cursor)?))
        .await?;
    Ok(Json(page))
}

/// One conversation with its whole contact, masked for the agent (see [`crate::mask`]).
pub async fn detail(
    State(state): State<AppState>,
    agent: CurrentAgent,
    ConversationPath(id): ConversationPath,
) -> AppResult<Json<ConversationDetail>> {
    let perms = agent.permissions();
    state
        .run(move |conn, _| {
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
    _: CurrentAgent,
    ConversationPath(id): ConversationPath,
) -> AppResult<Json<ConversationSummary>> {
    state
        .run(move |conn, hub| Ok(conversations::mark_read(conn, hub, id)?))
        .await?
        .map(Json)
        .ok_or_else(|| AppError::not_found("no such conversation"))
}
