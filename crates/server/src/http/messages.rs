//! A conversation's messages: pages, search, send, retry; and `POST /inbound`.

use super::extract::{page_limit, ConversationPath, JsonBody, QueryOf};
use crate::auth::CurrentAgent;
use crate::db::{conversations, delivery, history, send as sending};
use crate::error::{AppError, AppResult};
use crate::group_commit;
use crate::state::AppState;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use switchboard_protocol::{
    ConversationId, InboundMessage, Message, MessageId, MessagePage, MessageQuery, MessageSearch,
    SendMessage,
};

/// A page of a conversation's messages, oldest first.
pub async fn list(
    State(state): State<AppState>,
    _: CurrentAgent,
    ConversationPath(id): ConversationPath,
    QueryOf(q): QueryOf<MessageQuery>,
) -> AppResult<Json<MessagePage>> {
    let limit = page_limit(q.limit)?;
    state
        .run(move |conn, _| {
            if conversations::summary(conn, id)?.is_none() {
                return Err(AppError::not_found("no such conversation"));
            }
            history::page(conn, id, &q, limit)
        })
        .await
        .map(Json)
}

/// Query of the in-conversation search.
#[derive(Deserialize)]
pub struct SearchQuery {
    /// What to look for.
    #[serde(default)]
    pub q: String,
}

/// Messages of a conversation whose text contains `q` (any case).
pub async fn search(
    State(state): State<AppState>,
    _: CurrentAgent,
    ConversationPath(id): ConversationPath,
    QueryOf(q): QueryOf<SearchQuery>,
) -> AppResult<Json<MessageSearch>> {
    state
        .run(move |conn, _| {
            if conversations::summary(conn, id)?.is_none() {
                return Err(AppError::not_found("no such conversation"));
            }
            history::search(conn, id, &q.q)
        })
        .await
        .map(Json)
}

/// Sends an agent's message: 201 when created, 200 with the same message on a repeat.
pub async fn send(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    ConversationPath(id): ConversationPath,
    JsonBody(body): JsonBody<SendMessage>,
) -> AppResult<(StatusCode, Json<Message>)> {
    let (message, created) = state
        .run(move |conn, hub| sending::send(conn, hub, &agent, id, &body))
        .await?;
    let status = if created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(message)))
}

/// The `{id}/messages/{mid}` of a message path; non-numeric ids are a 400.
pub struct MessagePath(pub ConversationId, pub MessageId);

impl<S: Send + Sync> FromRequestParts<S> for MessagePath {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, AppError> {
        let Path((c, m)) = Path::<(String, String)>::from_request_parts(parts, state)
            .await
            .map_err(|e| AppError::bad_request(e.body_text()))?;
        match (c.parse(), m.parse()) {
            (Ok(c), Ok(m)) => Ok(MessagePath(ConversationId(c), MessageId(m))),
            _ => Err(AppError::bad_request("ids must be numbers")),
        }
    }
}

/// Sends a failed message again (`conflict` unless it failed).
pub async fn retry(
    State(state): State<AppState>,
    _: CurrentAgent,
    MessagePath(c, m): MessagePath,
) -> AppResult<Json<Message>> {
    state
        .run(move |conn, hub| delivery::retry(conn, hub, c, m))
        .await
        .map(Json)
}

/// A customer's message as a channel would deliver it (simulator and end-to-end tests).
pub async fn inbound(
    State(state): State<AppState>,
    _: CurrentAgent,
    JsonBody(body): JsonBody<InboundMessage>,
) -> AppResult<(StatusCode, Json<Message>)> {
    // Written with the other messages waiting for the connection, in one commit.
    let message = group_commit::submit(&state, body.conversation_id, body.text).await?;
    Ok((StatusCode::CREATED, Json(message)))
}
