//! `GET /health`, `GET /session/methods`, `POST /session` (email and password),
//! `POST /session/demo`, `GET /session` and `PUT /session/presence` (`DELETE /session` and
//! `POST /session/refresh`: [`super::tokens`]).
//! The whole flow is described in `docs/protocol/sessions.md`.
//!
//! Invariants of password sign-in: every refusal (unknown email, wrong password, disabled
//! agent, no password set) is the same 401 body after the same work (an Argon2 check,
//! against a dummy hash when there is no real one) and writes nothing; a slowed email or
//! address gets 429 with `Retry-After` before any check; the password never reaches a
//! log, an error message or an event.

use super::extract::JsonBody;
use crate::auth::{self, CurrentAgent};
use crate::db::rows::{self, AGENT_SELECT};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use switchboard_protocol::{
    ApiError, ErrorCode, Health, PresenceUpdate, ServerFrame, Session, SignIn, SignInMethod,
    SignInMethods,
};

/// At most this many password checks run at once (each takes about 19 MiB and some tens
/// of milliseconds of one core): a burst of sign-ins waits instead of starving the server.
pub(super) static CHECKING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(4);

/// The one message of every refused sign-in.
pub const WRONG_CREDENTIALS: &str = "wrong email or password";

/// Liveness: `{"ok":true}`, no auth.
pub async fn health() -> Json<Health> {
    Json(Health { ok: true })
}

/// How agents sign in here: `password`, `demo` on a server run with `--demo`, and
/// `kiosk` (desks: `POST /devices/claim`, `POST /desk/session`).
pub async fn methods(State(state): State<AppState>) -> Json<SignInMethods> {
    let mut methods = vec![SignInMethod::Password];
    if state.demo {
        methods.push(SignInMethod::Demo);
    }
    methods.push(SignInMethod::Kiosk);
    Json(SignInMethods { methods })
}

/// The address of the client (the TCP peer; a proxy in front makes every client one).
pub struct ClientAddr(pub Option<IpAddr>);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(ClientAddr(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|c| c.0.ip()),
        ))
    }
}

fn wrong_credentials() -> AppError {
    let mut e = AppError::unauthorized();
    e.body = ApiError::new(ErrorCode::Unauthorized, WRONG_CREDENTIALS);
    e
}

/// A 429 `rate_limited` with `Retry-After: seconds`.
pub(super) fn slowed(seconds: u64) -> Response {
    let mut resp = AppError::rate_limited().into_response();
    resp.headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    resp
}

/// Signs in with email and password: a fresh token with its expiry. See the module's
/// invariants.
pub async fn sign_in(
    State(state): State<AppState>,
    ClientAddr(addr): ClientAddr,
    body: Bytes,
) -> Response {
    // Parsed here, not by `JsonBody`: a parse error message could quote the password.
    let Ok(SignIn { email, password }) = serde_json::from_slice::<SignIn>(&body) else {
        return AppError::bad_request(r#"the body must be {"email": "…", "password": "…"}"#)
            .into_response();
    };
    match password_sign_in(&state, addr, email, password).await {
        Ok(signed_in) => super::tokens::answer(signed_in, &state),
        Err(Refused::Slowed(seconds)) => slowed(seconds),
        Err(Refused::Error(e)) => e.into_response(),
    }
}

enum Refused {
    Slowed(u64),
    Error(AppError),
}

impl From<AppError> for Refused {
    fn from(e: AppError) -> Self {
        Refused::Error(e)
    }
}

async fn password_sign_in(
    state: &AppState,
    addr: Option<IpAddr>,
    email: String,
    password: String,
) -> Result<crate::refresh::Issued, Refused> {
    if let Some(seconds) = state.limiter.retry_after(&email, addr) {
        return Err(Refused::Slowed(seconds));
    }
    let lookup = email.clone();
    let found = state
        .run(move |conn, _| Ok(crate::db::agents::credentials(conn, &lookup)?))
        .await?;
    // Argon2 is slow on purpose: check off the runtime and outside the database lock.
    let _permit = CHECKING.acquire().await.map_err(AppError::internal)?;
    // Failures counted while this one waited its turn count too.
    if let Some(seconds) = state.limiter.retry_after(&email, addr) {
        return Err(Refused::Slowed(seconds));
    }
    let (matches, found) = tokio::task::spawn_blocking(move || {
        let phc = found.as_ref().and_then(|c| c.password_hash.as_deref());
        (crate::password::verify_or_dummy(&password, phc), found)
    })
    .await
    .map_err(AppError::internal)?;
    let agent = match found {
        Some(c) if matches && c.enabled => c.agent,
        _ => {
            state.limiter.fail(&email, addr);
            return Err(wrong_credentials().into());
        }
    };
    state.limiter.succeed(&email);
    let times = state.lifetimes;
    Ok(state
        .run(move |conn, _| crate::refresh::open(conn, agent, None, times))
        .await?)
}

/// Signs in as the demo agent with a fresh token and refresh cookie (403 unless the
/// server runs with `--demo`).
pub async fn demo(State(state): State<AppState>) -> AppResult<Response> {
    if !state.demo {
        return Err(AppError::forbidden(
            "demo sign-in is off (start with --demo)",
        ));
    }
    let times = state.lifetimes;
    let issued = state
        .run(move |conn, _| {
            let agent = auth::demo_agent(conn)?
                .ok_or_else(|| AppError::forbidden("no demo agent in this database"))?;
            crate::refresh::open(conn, agent, None, times)
        })
        .await?;
    Ok(super::tokens::answer(issued, &state))
}

/// Who I am and every agent of the workspace (and the desk, for a session opened at one).
pub async fn current(
    State(state): State<AppState>,
    auth::Caller { agent, desk }: auth::Caller,
    headers: HeaderMap,
) -> AppResult<Json<Session>> {
    let token = auth::bearer(&headers).unwrap_or_default();
    let (agents, settings, teams, expires) = state
        .run(move |conn, _| {
            let mut stmt = conn.prepare(&format!("{AGENT_SELECT} ORDER BY id"))?;
            let agents = stmt
                .query_map([], rows::agent)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let settings = crate::db::settings::load(conn)?;
            let teams = crate::db::teams::list(conn)?;
            Ok((agents, settings, teams, auth::expires_at(conn, &token)?))
        })
        .await?;
    Ok(Json(Session {
        permissions: switchboard_protocol::Permissions::of(agent.role),
        agent,
        agents,
        teams,
        settings,
        expires_at: expires.map(rows::time),
        capabilities: Some(switchboard_protocol::Capability::ALL.to_vec()),
        desk,
    }))
}

/// Sets my presence and tells the other sockets (an ephemeral `presence` frame); 204.
pub async fn presence(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    JsonBody(update): JsonBody<PresenceUpdate>,
) -> AppResult<StatusCode> {
    let wire = serde_json::to_value(update.presence)?;
    let Some(name) = wire.as_str().filter(|s| *s != "other").map(str::to_owned) else {
        return Err(AppError::invalid("unknown presence"));
    };
    state
        .run(move |conn, _| {
            conn.execute(
                "UPDATE agents SET presence = ?2 WHERE id = ?1",
                rusqlite::params![agent.id.0, name],
            )?;
            Ok(())
        })
        .await?;
    let frame = ServerFrame::Presence {
        agent_id: agent.id,
        presence: update.presence,
    };
    let _ = state.ephemeral.send(Arc::new(crate::events::Ephemeral {
        from: None,
        frame,
        restricted: false,
        teams: None,
    }));
    Ok(StatusCode::NO_CONTENT)
}

/// `PUT /settings/closing-notes`: a supervisor or admin sets whether closing asks for a
/// note; agents are refused (403). Every socket hears `settings_updated`.
pub async fn closing_notes(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    JsonBody(update): JsonBody<switchboard_protocol::ClosingNotesUpdate>,
) -> AppResult<Json<switchboard_protocol::Settings>> {
    if !switchboard_protocol::Permissions::of(agent.role).manage_settings {
        return Err(AppError::forbidden(
            "only supervisors and admins change the workspace's settings",
        ));
    }
    state
        .run(move |conn, hub| {
            crate::db::settings::set_closing_notes(conn, hub, update.closing_notes)
        })
        .await
        .map(Json)
}
