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

/// The desk of a request's device token (`Authorization: Bearer <device token>`); 401
/// when it is missing, an agent's token, or the desk was removed.
pub struct CurrentDesk {
    /// The device's id.
    pub id: i64,
    /// The desk.
    pub desk: Desk,
}

impl FromRequestParts<AppState> for CurrentDesk {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let token = auth::bearer(&parts.headers).ok_or_else(AppError::unauthorized)?;
        state
            .run(move |conn, _| Ok(devices::by_token(conn, &token)?))
            .await?
            .map(|(id, desk)| CurrentDesk { id, desk })
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
        Ok(Some(desk)) => Json(DeviceCredential {
            device_token: token,
            desk,
        })
        .into_response(),
        Ok(None) => {
            state.limiter.fail_address(addr);
            refused(WRONG_CODE)
        }
        Err(e) => e.into_response(),
    }
}

/// The desk and who may work at it.
pub async fn roster(
    State(state): State<AppState>,
    CurrentDesk { desk, .. }: CurrentDesk,
) -> Result<Json<DeskRoster>, AppError> {
    let team = desk.team;
    let agents = state
        .run(move |conn, _| Ok(devices::roster(conn, team)?))
        .await?;
    Ok(Json(DeskRoster { desk, agents }))
}

/// Signs an agent in at the desk with its PIN: a session that sees only the desk's team.
pub async fn sign_in(
    State(state): State<AppState>,
    CurrentDesk { id: device, desk }: CurrentDesk,
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
