//! `GET /views`, `POST /views` and `DELETE /views/{id}`: saved custom views.

use super::extract::JsonBody;
use crate::auth::Caller;
use crate::db::views;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use switchboard_protocol::{CustomView, NewView, ViewId};

/// My views, then the ones shared with me.
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
) -> AppResult<Json<Vec<CustomView>>> {
    let scope = caller.scope();
    Ok(Json(
        state
            .run(move |conn, _| Ok(views::visible(conn, &scope)?))
            .await?,
    ))
}

/// Saves a view (201).
pub async fn create(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(new): JsonBody<NewView>,
) -> AppResult<(StatusCode, Json<CustomView>)> {
    let scope = caller.scope();
    let view = state
        .run(move |conn, _| views::create(conn, &scope, &new))
        .await?;
    Ok((StatusCode::CREATED, Json(view)))
}

/// Deletes one of my views (204; 403 for someone else's, 404 for an unknown one).
pub async fn delete(
    State(state): State<AppState>,
    caller: Caller,
    Path(raw): Path<String>,
) -> AppResult<StatusCode> {
    let id = ViewId(
        raw.parse()
            .map_err(|_| AppError::bad_request("view id must be a number"))?,
    );
    let scope = caller.scope();
    state
        .run(move |conn, _| views::delete(conn, &scope, id))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
