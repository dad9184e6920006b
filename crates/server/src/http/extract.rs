//! Extractors that turn every malformed input into a 400 [`AppError`] body instead of
//! axum's plain-text rejections.

use crate::error::AppError;
use crate::state::AppState;
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Path, Query, Request};
use axum::http::request::Parts;
use serde::de::DeserializeOwned;
use switchboard_protocol::ConversationId;

/// A JSON body; malformed or mis-shaped JSON is a 400 `bad_request`.
pub struct JsonBody<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for JsonBody<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, AppError> {
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(|e| AppError::bad_request(e.body_text()))?;
        serde_json::from_slice(&bytes)
            .map(JsonBody)
            .map_err(|e| AppError::bad_request(format!("invalid JSON body: {e}")))
    }
}

/// A query string; a malformed one is a 400 `bad_request`.
pub struct QueryOf<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for QueryOf<T> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, AppError> {
        Query::<T>::try_from_uri(&parts.uri)
            .map(|q| QueryOf(q.0))
            .map_err(|e| AppError::bad_request(format!("invalid query: {}", e.body_text())))
    }
}

/// The `{id}` of a conversation path; a non-numeric one is a 400 `bad_request`. A
/// conversation the caller may not see ([`crate::db::query::Scope::sees`]: a blocked
/// contact's without `view_blocked`, another team's at a kiosk desk) is a 404, so every
/// endpoint under `/conversations/{id}` hides it alike (a request without a valid token is
/// left to `CurrentAgent`, which answers 401).
pub struct ConversationPath(pub ConversationId);

impl FromRequestParts<AppState> for ConversationPath {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let Path(raw) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|e| AppError::bad_request(e.body_text()))?;
        let id = raw
            .parse()
            .map(ConversationId)
            .map_err(|_| AppError::bad_request("conversation id must be a number"))?;
        if let Some(token) = crate::auth::bearer(&parts.headers) {
            let hidden = state
                .run(move |conn, _| {
                    let Some(caller) = crate::auth::caller_for_token(conn, &token)? else {
                        return Ok(false);
                    };
                    let scope = caller.scope();
                    Ok(crate::db::conversations::summary(conn, id)?
                        .is_some_and(|c| !scope.sees(&c)))
                })
                .await?;
            if hidden {
                return Err(AppError::not_found("no such conversation"));
            }
        }
        Ok(ConversationPath(id))
    }
}

/// Checks a page size against 1..=200 (default 50); outside is a 422 `invalid`.
pub fn page_limit(limit: Option<u32>) -> Result<u32, AppError> {
    match limit.unwrap_or(50) {
        n @ 1..=200 => Ok(n),
        _ => Err(AppError::invalid("limit must be between 1 and 200")),
    }
}
