//! Writing first: `GET /contacts?q=`, `POST /contacts` and `POST /outbound`.

use super::extract::{JsonBody, QueryOf};
use crate::auth::CurrentAgent;
use crate::db::{contact_search, outbound};
use crate::error::AppResult;
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use switchboard_protocol::{Contact, ContactSearch, NewContact, OutboundRequest, OutboundResult};

/// Query of the contact search.
#[derive(Deserialize)]
pub struct ContactQuery {
    /// Name, phone, email, external id or username (or part of it).
    #[serde(default)]
    pub q: String,
}

/// Finds contacts.
pub async fn search(
    State(state): State<AppState>,
    _: CurrentAgent,
    QueryOf(q): QueryOf<ContactQuery>,
) -> AppResult<Json<ContactSearch>> {
    state
        .run(move |conn, _| contact_search::search(conn, &q.q))
        .await
        .map(Json)
}

/// Creates a contact by phone or email.
pub async fn create(
    State(state): State<AppState>,
    _: CurrentAgent,
    JsonBody(body): JsonBody<NewContact>,
) -> AppResult<(StatusCode, Json<Contact>)> {
    let contact = state
        .run(move |conn, _| outbound::create(conn, &body))
        .await?;
    Ok((StatusCode::CREATED, Json(contact)))
}

/// Starts an outbound thread: 201 when created, 200 with the same answer on a repeat.
pub async fn start(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    JsonBody(body): JsonBody<OutboundRequest>,
) -> AppResult<(StatusCode, Json<OutboundResult>)> {
    let (result, created) = state
        .run(move |conn, hub| outbound::outbound(conn, hub, &agent, &body))
        .await?;
    let status = if created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(result)))
}
