//! `POST /session/refresh` and `DELETE /session`: renewing the access token through the
//! refresh cookie, and ending a sign-in (the rules: `crate::refresh`).

use crate::auth;
use crate::error::AppError;
use crate::refresh::{self, Issued, Refreshed};
use crate::state::AppState;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use std::sync::Arc;

/// The answer of a sign-in or refresh: the access token in the body, the refresh token
/// (when there is a new one) in the cookie.
pub fn answer(issued: Issued, state: &AppState) -> Response {
    let mut resp = Json(issued.body).into_response();
    if let Some(token) = issued.refresh {
        resp.headers_mut().append(
            header::SET_COOKIE,
            refresh::set_cookie(&token, state.lifetimes),
        );
    }
    // A token is never worth caching.
    resp.headers_mut()
        .insert(header::CACHE_CONTROL, "no-store".parse().expect("valid"));
    resp
}

/// A 401 that also deletes the cookie (it is dead).
fn refused() -> Response {
    let mut resp = AppError::unauthorized().into_response();
    resp.headers_mut()
        .append(header::SET_COOKIE, refresh::clear_cookie());
    resp
}

/// Closes the sockets of ended access tokens.
fn close_sockets(state: &AppState, hashes: Vec<String>) {
    for hash in hashes {
        let _ = state.revoked.send(Arc::<str>::from(hash));
    }
}

/// Trades the refresh cookie for a new access token and rotates the cookie; 401 (and the
/// cookie deleted) without a working cookie. A rotated-away cookie ends its sign-in.
pub async fn refresh_session(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let Some(token) = refresh::from_headers(&headers) else {
        return refused();
    };
    let times = state.lifetimes;
    match state
        .run(move |conn, _| refresh::refresh(conn, &token, times))
        .await
    {
        Ok(Refreshed::Issued(issued)) => answer(issued, &state),
        Ok(Refreshed::Refused { ended }) => {
            close_sockets(&state, ended);
            refused()
        }
        Err(e) => e.into_response(),
    }
}

/// Signs out (204): ends the sign-in of the bearer token and of the refresh cookie,
/// whichever came (every token of it; their sockets get `unauthorized` and close), and
/// deletes the cookie. 401 when neither is known.
pub async fn sign_out(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let bearer = auth::bearer(&headers);
    let cookie = refresh::from_headers(&headers);
    let ended = state
        .run(move |conn, _| {
            let mut ended = Vec::new();
            let families = refresh::family_of(conn, bearer.as_deref(), cookie.as_deref())?;
            for family in families {
                ended.extend(refresh::end_family(conn, &family)?);
            }
            // A token of no family (an older sign-in, a tool's): that session alone.
            if let Some(token) = bearer.as_deref() {
                if auth::sign_out(conn, token)? {
                    ended.push(auth::token_hash(token));
                }
            }
            Ok(ended)
        })
        .await;
    match ended {
        Ok(ended) if ended.is_empty() => refused(),
        Ok(ended) => {
            close_sockets(&state, ended);
            let mut resp = StatusCode::NO_CONTENT.into_response();
            resp.headers_mut()
                .append(header::SET_COOKIE, refresh::clear_cookie());
            resp
        }
        Err(e) => e.into_response(),
    }
}
