//! Agent accounts: add, password, enable/disable, list, and the credentials of sign-in.
//! Emails are compared without regard to (ASCII) case and are unique that way (migration
//! 009). Passwords arrive here already hashed ([`crate::password`]).
//!
//! Invariant: disabling an agent or changing its password deletes its sessions, so every
//! token it had stops working at once (the token lookup also checks `enabled`).

use super::rows::{self, AGENT_SELECT};
use rusqlite::{params, Connection, OptionalExtension};
use switchboard_protocol::{Agent, Role};

/// Why an account command was refused.
#[derive(Debug)]
pub enum AccountError {
    /// No agent has this email.
    UnknownEmail(String),
    /// Another agent already has this email.
    DuplicateEmail(String),
    /// A value that cannot be stored (the message says which).
    Invalid(String),
    /// The database failed.
    Db(rusqlite::Error),
}

impl std::fmt::Display for AccountError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::UnknownEmail(e) => write!(f, "no agent has the email {e}"),
            Self::DuplicateEmail(e) => write!(f, "an agent with the email {e} already exists"),
            Self::Invalid(m) => f.write_str(m),
            Self::Db(e) => write!(f, "database error: {e}"),
        }
    }
}

impl std::error::Error for AccountError {}

impl From<rusqlite::Error> for AccountError {
    fn from(e: rusqlite::Error) -> Self {
        Self::Db(e)
    }
}

/// One row of `agent list`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    /// The agent.
    pub agent: Agent,
    /// Whether it may sign in.
    pub enabled: bool,
}

/// What sign-in needs to know about an email: the agent, its password hash (if it has a
/// password) and whether it is enabled.
pub struct Credentials {
    /// The agent.
    pub agent: Agent,
    /// Its password's PHC string.
    pub password_hash: Option<String>,
    /// Whether it may sign in.
    pub enabled: bool,
}

/// A checked email: trimmed, one `@`, no spaces, at most 254 characters.
pub fn clean_email(email: &str) -> Result<String, AccountError> {
    let email = email.trim();
    let ok = email.len() <= 254
        && email.matches('@').count() == 1
        && !email.starts_with('@')
        && !email.ends_with('@')
        && !email.chars().any(char::is_whitespace);
    if ok {
        Ok(email.to_owned())
    } else {
        Err(AccountError::Invalid(format!(
            "not an email address: {email:?}"
        )))
    }
}

/// The credentials of the agent with this email (any case).
pub fn credentials(conn: &Connection, email: &str) -> rusqlite::Result<Option<Credentials>> {
    conn.query_row(
        "SELECT id, name, email, language, role, presence, password_hash, enabled FROM agents \
         WHERE email = ?1 COLLATE NOCASE",
        params![email.trim()],
        |r| {
            Ok(Credentials {
                agent: rows::agent(r)?,
                password_hash: r.get(6)?,
                enabled: r.get(7)?,
            })
        },
    )
    .optional()
}

fn id_of(conn: &Connection, email: &str) -> Result<i64, AccountError> {
    conn.query_row(
        "SELECT id FROM agents WHERE email = ?1 COLLATE NOCASE",
        params![email.trim()],
        |r| r.get(0),
    )
    .optional()?
    .ok_or_else(|| AccountError::UnknownEmail(email.trim().to_owned()))
}

/// Adds an enabled agent; `password_hash` is a PHC string.
pub fn add(
    conn: &Connection,
    email: &str,
    name: &str,
    role: Role,
    language: &str,
    password_hash: &str,
) -> Result<Agent, AccountError> {
    let email = clean_email(email)?;
    let name = name.trim();
    if name.is_empty() {
        return Err(AccountError::Invalid("the name is empty".into()));
    }
    if id_of(conn, &email).is_ok() {
        return Err(AccountError::DuplicateEmail(email));
    }
    let role = serde_json::to_value(role)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_else(|| "agent".into());
    conn.execute(
        "INSERT INTO agents (name, email, language, role, password_hash, enabled) \
         VALUES (?1, ?2, ?3, ?4, ?5, 1)",
        params![name, email, language.trim(), role, password_hash],
    )?;
    Ok(conn.query_row(
        &format!("{AGENT_SELECT} WHERE id = ?1"),
        params![conn.last_insert_rowid()],
        rows::agent,
    )?)
}

/// Sets an agent's password (a PHC string) and signs it out everywhere.
pub fn set_password(
    conn: &Connection,
    email: &str,
    password_hash: &str,
) -> Result<(), AccountError> {
    let id = id_of(conn, email)?;
    conn.execute(
        "UPDATE agents SET password_hash = ?2 WHERE id = ?1",
        params![id, password_hash],
    )?;
    conn.execute("DELETE FROM sessions WHERE agent_id = ?1", params![id])?;
    conn.execute(
        "DELETE FROM refresh_tokens WHERE agent_id = ?1",
        params![id],
    )?;
    Ok(())
}

/// A checked kiosk PIN: 4 to 8 ASCII digits.
pub fn check_pin(pin: &str) -> Result<(), AccountError> {
    if (4..=8).contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(AccountError::Invalid("a PIN is 4 to 8 digits".into()))
    }
}

/// Sets an agent's kiosk PIN (a PHC string).
pub fn set_pin(conn: &Connection, email: &str, pin_hash: &str) -> Result<(), AccountError> {
    let id = id_of(conn, email)?;
    conn.execute(
        "UPDATE agents SET pin_hash = ?2 WHERE id = ?1",
        params![id, pin_hash],
    )?;
    Ok(())
}

/// Enables or disables an agent; disabling also deletes its sessions.
pub fn set_enabled(conn: &Connection, email: &str, enabled: bool) -> Result<(), AccountError> {
    let id = id_of(conn, email)?;
    conn.execute(
        "UPDATE agents SET enabled = ?2 WHERE id = ?1",
        params![id, enabled],
    )?;
    if !enabled {
        conn.execute("DELETE FROM sessions WHERE agent_id = ?1", params![id])?;
        conn.execute(
            "DELETE FROM refresh_tokens WHERE agent_id = ?1",
            params![id],
        )?;
    }
    Ok(())
}

/// Every agent, in id order, with its enabled flag (never its password hash).
pub fn list(conn: &Connection) -> rusqlite::Result<Vec<Account>> {
    let mut stmt = conn.prepare(
        "SELECT id, name, email, language, role, presence, enabled FROM agents ORDER BY id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Account {
            agent: rows::agent(r)?,
            enabled: r.get(6)?,
        })
    })?;
    rows.collect()
}

/// Gives each of these agents (by email) `password_hash` when it has no password yet;
/// `hash` is only called when one of them needs it (hashing is slow on purpose).
pub fn ensure_passwords(
    conn: &Connection,
    emails: &[&str],
    hash: impl FnOnce() -> Result<String, String>,
) -> rusqlite::Result<()> {
    ensure_secret(conn, Secret::Password, emails, hash)
}

/// Gives each of these agents (by email) the kiosk PIN hash `pin_hash` when it has no PIN
/// yet (demo data); `hash` is only called when one of them needs it.
pub fn ensure_pins(
    conn: &Connection,
    emails: &[&str],
    hash: impl FnOnce() -> Result<String, String>,
) -> rusqlite::Result<()> {
    ensure_secret(conn, Secret::Pin, emails, hash)
}

/// Which hashed secret of an agent.
#[derive(Clone, Copy)]
enum Secret {
    Password,
    Pin,
}

fn ensure_secret(
    conn: &Connection,
    secret: Secret,
    emails: &[&str],
    hash: impl FnOnce() -> Result<String, String>,
) -> rusqlite::Result<()> {
    let column = match secret {
        Secret::Password => "password_hash",
        Secret::Pin => "pin_hash",
    };
    let mut missing = Vec::new();
    for email in emails {
        let none: Option<bool> = conn
            .query_row(
                &format!("SELECT {column} IS NULL FROM agents WHERE email = ?1 COLLATE NOCASE"),
                params![email],
                |r| r.get(0),
            )
            .optional()?;
        if none == Some(true) {
            missing.push(*email);
        }
    }
    if missing.is_empty() {
        return Ok(());
    }
    let phc = hash().map_err(|e| rusqlite::Error::ToSqlConversionFailure(e.into()))?;
    for email in missing {
        conn.execute(
            &format!("UPDATE agents SET {column} = ?2 WHERE email = ?1 COLLATE NOCASE"),
            params![email, phc],
        )?;
    }
    Ok(())
}
