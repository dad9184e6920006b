//! Bearer tokens: 32 random bytes as hex, handed out once; only their SHA-256 is stored, so
//! a copy of the database signs nobody in. Tokens are never logged.
//!
//! A token works while its session row exists, has not expired and its agent is enabled:
//! sign-out deletes the row, `agent disable` turns the agent off (and deletes its rows),
//! `device remove` deletes the rows of the sessions opened at that desk.
//!
//! A session opened at a kiosk desk (`desk_id` set) is its agent's own, but sees only the
//! desk's team's conversations: handlers that list or open conversations take a [`Caller`]
//! and build their [`crate::db::query::Scope`] from it. Device tokens (`crate::db::devices`)
//! live in another table, so they never pass for an agent's token, nor the reverse.

use crate::db::query::Scope;
use crate::db::rows::{self, AGENT_SELECT};
use crate::error::AppError;
use crate::state::AppState;
use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use rusqlite::{params, Connection, OptionalExtension};
use sha2::{Digest, Sha256};
use switchboard_protocol::{Agent, Desk, Permissions, SignInResponse, TeamId};

/// How long a refresh token lives (`crate::refresh`), and a session opened by
/// [`open_session`] (tools and tests; the sign-in endpoints hand out short-lived access
/// tokens instead).
pub const TOKEN_LIFETIME_MS: i64 = 30 * 24 * 3600 * 1000;

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The stored form of a token (SHA-256, hex).
pub fn token_hash(token: &str) -> String {
    hash(token)
}

fn hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// A new random token.
pub fn new_token() -> Result<String, AppError> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(AppError::internal)?;
    Ok(hex(&bytes))
}

/// The demo agent, if demo data was loaded.
pub fn demo_agent(conn: &Connection) -> rusqlite::Result<Option<Agent>> {
    conn.query_row(
        &format!("{AGENT_SELECT} WHERE is_demo = 1 AND enabled = 1 ORDER BY id LIMIT 1"),
        [],
        rows::agent,
    )
    .optional()
}

/// Opens a long-lived session for `agent` without a refresh cookie and returns its token
/// (tools and tests; the endpoints use `crate::refresh::open`).
pub fn sign_in(conn: &Connection, agent: Agent) -> Result<SignInResponse, AppError> {
    open_session(conn, agent, None)
}

/// Opens a session for `agent`, at the desk (device id) `desk` if any, and returns its token.
pub fn open_session(
    conn: &Connection,
    agent: Agent,
    desk: Option<i64>,
) -> Result<SignInResponse, AppError> {
    let token = new_token()?;
    let now = crate::db::now_ms();
    conn.execute(
        "INSERT INTO sessions (token_hash, agent_id, created_at, expires_at, desk_id) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![hash(&token), agent.id.0, now, now + TOKEN_LIFETIME_MS, desk],
    )?;
    Ok(SignInResponse {
        token,
        agent,
        expires_at: Some(rows::time(now + TOKEN_LIFETIME_MS)),
    })
}

/// Ends a token's session at once; `true` when there was one.
pub fn sign_out(conn: &Connection, token: &str) -> rusqlite::Result<bool> {
    Ok(conn.execute(
        "DELETE FROM sessions WHERE token_hash = ?1",
        params![hash(token)],
    )? > 0)
}

/// The agent a token belongs to, if the token is known, not expired and its agent enabled. The lookup is by
/// hash, so timing reveals nothing about the token itself.
pub fn agent_for_token(conn: &Connection, token: &str) -> rusqlite::Result<Option<Agent>> {
    if token.is_empty() || token.len() > 256 {
        return Ok(None);
    }
    // Cached: every authenticated request runs it.
    conn.prepare_cached(
        "SELECT a.id, a.name, a.email, a.language, a.role, a.presence FROM sessions s \
         JOIN agents a ON a.id = s.agent_id WHERE s.token_hash = ?1 AND s.expires_at > ?2 \
         AND a.enabled = 1",
    )?
    .query_row(params![hash(token), crate::db::now_ms()], rows::agent)
    .optional()
}

/// Who a token's session is: its agent, and the desk it was opened at (if any). Same
/// rules as [`agent_for_token`].
pub fn caller_for_token(conn: &Connection, token: &str) -> rusqlite::Result<Option<Caller>> {
    if token.is_empty() || token.len() > 256 {
        return Ok(None);
    }
    // Cached: every request on a conversation's path runs it.
    conn.prepare_cached(
        "SELECT a.id, a.name, a.email, a.language, a.role, a.presence, \
         d.name, t.id, t.name FROM sessions s \
         JOIN agents a ON a.id = s.agent_id \
         LEFT JOIN devices d ON d.id = s.desk_id LEFT JOIN teams t ON t.id = d.team_id \
         WHERE s.token_hash = ?1 AND s.expires_at > ?2 AND a.enabled = 1",
    )?
    .query_row(params![hash(token), crate::db::now_ms()], |r| {
        let desk = match (r.get::<_, Option<String>>(6)?, r.get::<_, Option<i64>>(7)?) {
            (Some(name), Some(team)) => Some(Desk {
                name,
                team: TeamId(team),
                team_name: r.get(8)?,
            }),
            _ => None,
        };
        Ok(Caller {
            agent: rows::agent(r)?,
            desk,
        })
    })
    .optional()
}

/// The expiry of a token's session.
pub fn expires_at(conn: &Connection, token: &str) -> rusqlite::Result<Option<i64>> {
    conn.query_row(
        "SELECT expires_at FROM sessions WHERE token_hash = ?1",
        params![hash(token)],
        |r| r.get(0),
    )
    .optional()
}

/// The bearer token of a request's `Authorization` header, if any.
pub fn bearer(headers: &axum::http::HeaderMap) -> Option<String> {
    headers
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(|t| t.trim().to_owned())
}

/// The signed-in agent of a request; rejects with 401 when the bearer token is missing,
/// unknown or expired.
pub struct CurrentAgent(pub Agent);

impl CurrentAgent {
    /// What this agent may see and do (from its role).
    pub fn permissions(&self) -> Permissions {
        Permissions::of(self.0.role)
    }
}

/// The signed-in agent of a request with the desk its session was opened at: what decides
/// which conversations it sees. Rejects like [`CurrentAgent`].
#[derive(Clone, Debug)]
pub struct Caller {
    /// The agent.
    pub agent: Agent,
    /// The kiosk desk of the session, if it was opened at one.
    pub desk: Option<Desk>,
}

impl Caller {
    /// What this caller sees.
    pub fn scope(self) -> Scope {
        Scope::at(self.agent, self.desk.map(|d| d.team))
    }
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let token = bearer(&parts.headers).ok_or_else(AppError::unauthorized)?;
        state
            .run(move |conn, _| Ok(caller_for_token(conn, &token)?))
            .await?
            .ok_or_else(AppError::unauthorized)
    }
}

impl FromRequestParts<AppState> for CurrentAgent {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let token = bearer(&parts.headers).ok_or_else(AppError::unauthorized)?;
        state
            .run(move |conn, _| Ok(agent_for_token(conn, &token)?))
            .await?
            .map(CurrentAgent)
            .ok_or_else(AppError::unauthorized)
    }
}
