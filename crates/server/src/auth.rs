//! Bearer tokens: 32 random bytes as hex, handed out once; only their SHA-256 is stored, so
//! a copy of the database signs nobody in. Tokens are never logged.
//!
//! A token works while its session row exists, has not expired and its agent is enabled:
//! sign-out deletes the row, `agent disable` turns the agent off (and deletes its rows).

use crate::db::rows::{self, AGENT_SELECT};
use crate::error::AppError;
use crate::state::AppState;
use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use rusqlite::{params, Connection, OptionalExtension};
use sha2::{Digest, Sha256};
use switchboard_protocol::{Agent, Permissions, SignInResponse};

/// How long a token stays valid after sign-in.
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
fn new_token() -> Result<String, AppError> {
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

/// Opens a session for `agent` and returns its token.
pub fn sign_in(conn: &Connection, agent: Agent) -> Result<SignInResponse, AppError> {
    let token = new_token()?;
    let now = crate::db::now_ms();
    conn.execute(
        "INSERT INTO sessions (token_hash, agent_id, created_at, expires_at) \
         VALUES (?1, ?2, ?3, ?4)",
        params![hash(&token), agent.id.0, now, now + TOKEN_LIFETIME_MS],
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
    conn.query_row(
        "SELECT a.id, a.name, a.email, a.language, a.role, a.presence FROM sessions s \
         JOIN agents a ON a.id = s.agent_id WHERE s.token_hash = ?1 AND s.expires_at > ?2 \
         AND a.enabled = 1",
        params![hash(token), crate::db::now_ms()],
        rows::agent,
    )
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
