//! Kiosk desks: `POST /devices/claim` (a one-time device code for a device token),
//! `GET /desk` (the desk and who may work at it) and `POST /desk/session` (an agent's PIN
//! for a session scoped to the desk's team). The flow: `docs/protocol/desks.md`; the wire
//! types: `switchboard_protocol::desk`.
//!
//! Invariants: a device token is accepted only by the two `/desk` routes ([`CurrentDesk`]
//! looks it up among devices, never sessions) and an agent's token is refused there; every
//! refused code or PIN is the same 401 whatever the reason, writes nothing and never
//! quotes the body; a PIN is checked with the same Argon2 work whether or not the agent may
//! use this desk; wrong codes count against the address and wrong PINs against the agent at
//! the desk ([`crate::limiter`]), and at the limit the answer is 429 before any check.

use super::session::{slowed, ClientAddr, CHECKING};
use crate::auth;
use crate::db::devices;
use crate::error::AppError;
use crate::state::AppState;
use axum::body::Bytes;
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use switchboard_protocol::{
    ApiError, Desk, DeskRoster, DeviceClaim, DeviceCredential, ErrorCode, PinSignIn,
};

/// The message of a refused device code.
pub const WRONG_CODE: &str = "unknown, used or expired device code";
/// The message of a refused PIN.
pub const WRONG_PIN: &str = "wrong agent or PIN";

fn refused(message: &str) -> Response {
    let mut e = AppError::unauthorized();
    e.body = ApiError::new(ErrorCode::Unauthorized, message);
    e.into_response()
}

/// The device cookie: the device token again, `HttpOnly` so that no script of the desk's
/// page can read it (issue 18), sent only to the `/desk` routes.
pub const DEVICE_COOKIE: &str = "switchboard_desk";

/// The device cookie's lifetime: 400 days (browsers cap a cookie's `Max-Age` there); a
/// desk in use keeps it, as every roster (`GET /desk`) sets it again.
const DEVICE_COOKIE_SECS: i64 = 400 * 24 * 3600;

fn device_cookie(token: &str) -> HeaderValue {
    let path = format!("{}/desk", switchboard_protocol::API_PREFIX);
    crate::cookies::set(DEVICE_COOKIE, token, &path, DEVICE_COOKIE_SECS)
}

/// The desk of a request's device token (`Authorization: Bearer <device token>`, else the
/// device cookie); 401 when it is missing, an agent's token, or the desk was removed.
pub struct CurrentDesk {
    /// The device's id.
    pub id: i64,
    /// The desk.
    pub desk: Desk,
    /// The device token the request carried.
    pub token: String,
}

impl FromRequestParts<AppState> for CurrentDesk {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let token = auth::bearer(&parts.headers)
            .or_else(|| crate::cookies::read(&parts.headers, DEVICE_COOKIE))
            .ok_or_else(AppError::unauthorized)?;
        let lookup = token.clone();
        state
            .run(move |conn, _| Ok(devices::by_token(conn, &lookup)?))
            .await?
            .map(|(id, desk)| CurrentDesk { id, desk, token })
            .ok_or_else(AppError::unauthorized)
    }
}

/// Exchanges a one-time device code for the desk's device token.
pub async fn claim(
    State(state): State<AppState>,
    ClientAddr(addr): ClientAddr,
    body: Bytes,
) -> Response {
    // Parsed here, not by `JsonBody`: a parse error message could quote the code.
    let Ok(DeviceClaim { code }) = serde_json::from_slice::<DeviceClaim>(&body) else {
        return AppError::bad_request(r#"the body must be {"code": "…"}"#).into_response();
    };
    if let Some(seconds) = state.limiter.retry_after_address(addr) {
        return slowed(seconds);
    }
    let token = match auth::new_token() {
        Ok(t) => t,
        Err(e) => return e.into_response(),
    };
    let device_token = token.clone();
    let claimed = state
        .run(move |conn, _| Ok(devices::claim(conn, &code, &device_token)?))
        .await;
    match claimed {
        Ok(Some(desk)) => {
            let cookie = device_cookie(&token);
            let mut answer = Json(DeviceCredential {
                device_token: token,
                desk,
                device_cookie: true,
            })
            .into_response();
            answer.headers_mut().append(header::SET_COOKIE, cookie);
            answer
        }
        Ok(None) => {
            state.limiter.fail_address(addr);
            refused(WRONG_CODE)
        }
        Err(e) => e.into_response(),
    }
}

/// The desk and who may work at it. Sets the device cookie again (a desk in use never
/// sees it expire).
pub async fn roster(
    State(state): State<AppState>,
    CurrentDesk { desk, token, .. }: CurrentDesk,
) -> Result<Response, AppError> {
    let team = desk.team;
    let agents = state
        .run(move |conn, _| Ok(devices::roster(conn, team)?))
        .await?;
    let mut answer = Json(DeskRoster { desk, agents }).into_response();
    answer
        .headers_mut()
        .append(header::SET_COOKIE, device_cookie(&token));
    Ok(answer)
}

/// Signs an agent in at the desk with its PIN: a session that sees only the desk's team.
pub async fn sign_in(
    State(state): State<AppState>,
    CurrentDesk {
        id: device, desk, ..
    }: CurrentDesk,
    body: Bytes,
) -> Response {
    // Parsed here, not by `JsonBody`: a parse error message could quote the PIN.
    let Ok(PinSignIn { agent_id, pin }) = serde_json::from_slice::<PinSignIn>(&body) else {
        return AppError::bad_request(r#"the body must be {"agent_id": 1, "pin": "…"}"#)
            .into_response();
    };
    let key = (device, agent_id.0);
    if let Some(seconds) = state.limiter.retry_after_pin(key) {
        return slowed(seconds);
    }
    let team = desk.team;
    let found = match state
        .run(move |conn, _| Ok(devices::pin_of(conn, team, agent_id)?))
        .await
    {
        Ok(f) => f,
        Err(e) => return e.into_response(),
    };
    // Argon2 is slow on purpose: checked off the runtime, outside the database lock.
    let Ok(_permit) = CHECKING.acquire().await else {
        return AppError::internal("no password checks").into_response();
    };
    if let Some(seconds) = state.limiter.retry_after_pin(key) {
        return slowed(seconds);
    }
    let checked = tokio::task::spawn_blocking(move || {
        let phc = found.as_ref().map(|(_, h)| h.as_str());
        (crate::password::verify_or_dummy(&pin, phc), found)
    })
    .await;
    let agent = match checked {
        Ok((true, Some((agent, _)))) => agent,
        Ok(_) => {
            state.limiter.fail_pin(key);
            return refused(WRONG_PIN);
        }
        Err(e) => return AppError::internal(e).into_response(),
    };
    state.limiter.succeed_pin(key);
    let times = state.lifetimes;
    match state
        .run(move |conn, _| crate::refresh::open(conn, agent, Some(device), times))
        .await
    {
        Ok(issued) => super::tokens::answer(issued, &state),
        Err(e) => e.into_response(),
    }
}
