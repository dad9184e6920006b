//! `GET /templates?channel=&q=` and `GET /variables`.

use super::extract::QueryOf;
use crate::auth::CurrentAgent;
use crate::db::templates;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use axum::extract::State;
use axum::Json;
use serde::Deserialize;
use switchboard_protocol::{Channel, Template, Variable};

/// Query of the template list.
#[derive(Deserialize)]
pub struct TemplateQuery {
    /// Only templates usable on this channel.
    pub channel: Option<Channel>,
    /// Only templates whose name or text contains this (any case).
    #[serde(default)]
    pub q: String,
}

/// Canned replies and approved templates.
pub async fn list(
    State(state): State<AppState>,
    _: CurrentAgent,
    QueryOf(q): QueryOf<TemplateQuery>,
) -> AppResult<Json<Vec<Template>>> {
    if q.channel == Some(Channel::Other) {
        return Err(AppError::bad_request("unknown channel"));
    }
    state
        .run(move |conn, _| templates::list(conn, q.channel, &q.q))
        .await
        .map(Json)
}

/// The variable catalogue.
pub async fn variables(_: CurrentAgent) -> Json<Vec<Variable>> {
    Json(templates::variables())
}
