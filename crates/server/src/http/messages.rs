//! `GET|POST /conversations/{id}/messages` and `POST /inbound`.

use super::extract::{page_limit, ConversationPath, JsonBody, QueryOf};
use crate::auth::CurrentAgent;
use crate::db::{conversations, messages};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use switchboard_protocol::{InboundMessage, Message, MessagePage, MessageQuery, SendMessage};

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
            Ok(messages::page(conn, id, q.before, limit)?)
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
        .run(move |conn, hub| messages::send(conn, hub, &agent, id, &body))
        .await?;
    let status = if created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(message)))
}

/// A customer's message as a channel would deliver it (simulator and end-to-end tests).
pub async fn inbound(
    State(state): State<AppState>,
    _: CurrentAgent,
    JsonBody(body): JsonBody<InboundMessage>,
) -> AppResult<(StatusCode, Json<Message>)> {
    let message = state
        .run(move |conn, hub| messages::inbound(conn, hub, body.conversation_id, &body.text))
        .await?;
    Ok((StatusCode::CREATED, Json(message)))
}
