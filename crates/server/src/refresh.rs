//! Short-lived access tokens renewed through an HttpOnly cookie (issue 18): no credential
//! that outlives a few minutes is ever readable by a script of the app's origin.
//!
//! A sign-in (`POST /session`, `/session/demo`, `/desk/session`) answers an access token
//! in its body, valid [`Lifetimes::access_ms`] (15 minutes by default), and sets the
//! cookie [`COOKIE`] holding a refresh token, `HttpOnly; Secure; SameSite=Strict`, sent
//! only to the paths under [`cookie_path`]. `POST /session/refresh` trades that cookie for
//! a new access token and a new refresh token (rotation).
//!
//! Invariants:
//! - every access and refresh token handed out since one sign-in shares a *family*; only
//!   SHA-256 hashes are stored (`crate::auth::token_hash`);
//! - a refresh token works once: presenting it again after [`Lifetimes::reuse_grace_ms`]
//!   is taken for theft and ends the whole family (every token of that sign-in, sockets
//!   included). Within the grace it answers a new access token without rotating again:
//!   two tabs of one browser refreshing at the same moment both stay signed in;
//! - sign-out ends the family of the bearer token and of the cookie, and clears the cookie;
//! - a family dies with its agent being disabled (rows deleted by `db::agents`) or its
//!   desk being removed (`ON DELETE CASCADE`).

use crate::auth::token_hash;
use crate::db::rows::{self, AGENT_SELECT};
use crate::error::AppError;
use axum::http::{HeaderMap, HeaderValue};
use rusqlite::{params, Connection, OptionalExtension};
use switchboard_protocol::{Agent, SignInResponse};

/// The refresh cookie's name.
pub const COOKIE: &str = "switchboard_refresh";

/// An access token that expired more than this long ago is deleted at its family's next
/// refresh (a socket still on it then reconnects with the newer token).
const KEEP_EXPIRED_MS: i64 = 3600 * 1000;

/// The only path the cookie is sent to: the session endpoints (refresh and sign-out).
pub fn cookie_path() -> String {
    format!("{}/session", switchboard_protocol::API_PREFIX)
}

/// How long the tokens live.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lifetimes {
    /// An access token (the bearer token of every call and of the socket).
    pub access_ms: i64,
    /// A refresh token (the cookie), from its issue.
    pub refresh_ms: i64,
    /// How long after its rotation a refresh token still gets an access token.
    pub reuse_grace_ms: i64,
}

impl Default for Lifetimes {
    fn default() -> Self {
        Lifetimes {
            access_ms: 15 * 60 * 1000,
            refresh_ms: crate::auth::TOKEN_LIFETIME_MS,
            reuse_grace_ms: 10 * 1000,
        }
    }
}

/// A sign-in's or refresh's answer: the body, and the new refresh token for the cookie
/// (`None` within the reuse grace: the cookie the browser holds already is the newest).
pub struct Issued {
    /// The body: the access token and its expiry.
    pub body: SignInResponse,
    /// The refresh token to set as [`COOKIE`].
    pub refresh: Option<String>,
}

/// What a refresh token got.
pub enum Refreshed {
    /// A new access token.
    Issued(Issued),
    /// Refused (401); `ended` lists the hashes of the access tokens of a family just ended
    /// for reuse, whose sockets must close.
    Refused {
        /// Hashes of the ended access tokens.
        ended: Vec<String>,
    },
}

fn access(
    conn: &Connection,
    agent: Agent,
    desk: Option<i64>,
    family: &str,
    times: Lifetimes,
) -> Result<SignInResponse, AppError> {
    let token = crate::auth::new_token()?;
    let now = crate::db::now_ms();
    conn.execute(
        "INSERT INTO sessions (token_hash, agent_id, created_at, expires_at, desk_id, family) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            token_hash(&token),
            agent.id.0,
            now,
            now + times.access_ms,
            desk,
            family
        ],
    )?;
    Ok(SignInResponse {
        token,
        agent,
        expires_at: Some(rows::time(now + times.access_ms)),
    })
}

fn new_refresh(
    conn: &Connection,
    agent: &Agent,
    desk: Option<i64>,
    family: &str,
    times: Lifetimes,
) -> Result<String, AppError> {
    let token = crate::auth::new_token()?;
    let now = crate::db::now_ms();
    conn.execute(
        "INSERT INTO refresh_tokens (token_hash, family, agent_id, desk_id, created_at, expires_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            token_hash(&token),
            family,
            agent.id.0,
            desk,
            now,
            now + times.refresh_ms
        ],
    )?;
    Ok(token)
}

/// Signs `agent` in (at the desk `desk`, if any): a new family with its first access and
/// refresh tokens.
pub fn open(
    conn: &Connection,
    agent: Agent,
    desk: Option<i64>,
    times: Lifetimes,
) -> Result<Issued, AppError> {
    let family = crate::auth::new_token()?;
    let refresh = new_refresh(conn, &agent, desk, &family, times)?;
    let body = access(conn, agent, desk, &family, times)?;
    Ok(Issued {
        body,
        refresh: Some(refresh),
    })
}

/// Trades a refresh token for a new access token (see the module's invariants).
pub fn refresh(conn: &Connection, token: &str, times: Lifetimes) -> Result<Refreshed, AppError> {
    let refused = || Refreshed::Refused { ended: Vec::new() };
    if token.is_empty() || token.len() > 256 {
        return Ok(refused());
    }
    let hash = token_hash(token);
    let found = conn
        .query_row(
            "SELECT family, agent_id, desk_id, expires_at, rotated_at FROM refresh_tokens \
             WHERE token_hash = ?1",
            params![hash],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, Option<i64>>(2)?,
                    r.get::<_, i64>(3)?,
                    r.get::<_, Option<i64>>(4)?,
                ))
            },
        )
        .optional()?;
    let Some((family, agent_id, desk, expires_at, rotated_at)) = found else {
        return Ok(refused());
    };
    let now = crate::db::now_ms();
    if expires_at <= now {
        return Ok(refused());
    }
    let agent = conn
        .query_row(
            &format!("{AGENT_SELECT} WHERE id = ?1 AND enabled = 1"),
            params![agent_id],
            rows::agent,
        )
        .optional()?;
    let Some(agent) = agent else {
        return Ok(refused());
    };
    match rotated_at {
        Some(at) if now - at <= times.reuse_grace_ms => {
            let body = access(conn, agent, desk, &family, times)?;
            Ok(Refreshed::Issued(Issued {
                body,
                refresh: None,
            }))
        }
        Some(_) => Ok(Refreshed::Refused {
            ended: end_family(conn, &family)?,
        }),
        None => {
            conn.execute(
                "UPDATE refresh_tokens SET rotated_at = ?2 WHERE token_hash = ?1",
                params![hash, now],
            )?;
            conn.execute(
                "DELETE FROM sessions WHERE family = ?1 AND expires_at < ?2",
                params![family, now - KEEP_EXPIRED_MS],
            )?;
            let refresh = new_refresh(conn, &agent, desk, &family, times)?;
            let body = access(conn, agent, desk, &family, times)?;
            Ok(Refreshed::Issued(Issued {
                body,
                refresh: Some(refresh),
            }))
        }
    }
}

/// Ends a family: its access tokens (whose hashes are returned, for their sockets) and
/// its refresh tokens.
pub fn end_family(conn: &Connection, family: &str) -> rusqlite::Result<Vec<String>> {
    let ended = conn
        .prepare("SELECT token_hash FROM sessions WHERE family = ?1")?
        .query_map(params![family], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    conn.execute("DELETE FROM sessions WHERE family = ?1", params![family])?;
    conn.execute(
        "DELETE FROM refresh_tokens WHERE family = ?1",
        params![family],
    )?;
    Ok(ended)
}

/// The family of an access token or of a refresh token, if it has one.
pub fn family_of(
    conn: &Connection,
    access: Option<&str>,
    refresh: Option<&str>,
) -> rusqlite::Result<Vec<String>> {
    let mut families = Vec::new();
    if let Some(t) = access {
        families.extend(
            conn.query_row(
                "SELECT family FROM sessions WHERE token_hash = ?1 AND family IS NOT NULL",
                params![token_hash(t)],
                |r| r.get::<_, String>(0),
            )
            .optional()?,
        );
    }
    if let Some(t) = refresh {
        families.extend(
            conn.query_row(
                "SELECT family FROM refresh_tokens WHERE token_hash = ?1",
                params![token_hash(t)],
                |r| r.get::<_, String>(0),
            )
            .optional()?,
        );
    }
    families.dedup();
    Ok(families)
}

/// Whether a socket opened with `token` may stay open: the token is valid, or it expired
/// but its family can still be refreshed (the app renews its access token without
/// reopening the socket). Sign-out and reuse close such sockets through `revoked`.
pub fn socket_may_stay(conn: &Connection, token: &str) -> rusqlite::Result<bool> {
    if crate::auth::agent_for_token(conn, token)?.is_some() {
        return Ok(true);
    }
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sessions s JOIN agents a ON a.id = s.agent_id \
         JOIN refresh_tokens r ON r.family = s.family \
         WHERE s.token_hash = ?1 AND a.enabled = 1 AND r.rotated_at IS NULL AND r.expires_at > ?2)",
        params![token_hash(token), crate::db::now_ms()],
        |r| r.get(0),
    )
}

/// The refresh token of a request's `Cookie` header, if any.
pub fn from_headers(headers: &HeaderMap) -> Option<String> {
    crate::cookies::read(headers, COOKIE)
}

/// `Set-Cookie` for a refresh token.
pub fn set_cookie(token: &str, times: Lifetimes) -> HeaderValue {
    cookie_header(token, times.refresh_ms / 1000)
}

/// `Set-Cookie` that deletes the cookie.
pub fn clear_cookie() -> HeaderValue {
    cookie_header("", 0)
}

fn cookie_header(value: &str, max_age_secs: i64) -> HeaderValue {
    crate::cookies::set(COOKIE, value, &cookie_path(), max_age_secs)
}
