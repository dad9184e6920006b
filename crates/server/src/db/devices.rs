//! Kiosk desks (devices): made by `device add` with a one-time code, claimed once for a
//! long-lived device token, removed by `device remove`. See `switchboard_protocol::desk`.
//!
//! Invariants: only SHA-256 hashes of codes and tokens are stored; a code works once
//! (claiming clears it) and only until `code_expires_at`; removing a device deletes every
//! session opened at it (`sessions.desk_id … ON DELETE CASCADE`, migration 010), so their
//! tokens stop working at once and their sockets close at the next recheck.

use super::now_ms;
use crate::auth::token_hash;
use rusqlite::{params, Connection, OptionalExtension};
use switchboard_protocol::{Agent, AgentId, Desk, DeskAgent, TeamId};

/// How long a device code works after `device add`.
pub const CODE_LIFETIME_MS: i64 = 24 * 3600 * 1000;
/// The characters of a device code: capitals and digits without look-alikes (`0 O 1 I L`).
const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
/// Characters in a device code (about 40 bits), shown as two groups of four.
pub const CODE_LEN: usize = 8;

/// Why a device command was refused.
#[derive(Debug)]
pub enum DeviceError {
    /// No team has this name or id.
    UnknownTeam(String),
    /// No device has this name.
    UnknownDevice(String),
    /// Another device already has this name.
    DuplicateName(String),
    /// A value that cannot be stored (the message says which).
    Invalid(String),
    /// The database failed.
    Db(rusqlite::Error),
}

impl std::fmt::Display for DeviceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::UnknownTeam(t) => write!(f, "no team is named or numbered {t:?}"),
            Self::UnknownDevice(n) => write!(f, "no device is named {n:?}"),
            Self::DuplicateName(n) => write!(f, "a device named {n:?} already exists"),
            Self::Invalid(m) => f.write_str(m),
            Self::Db(e) => write!(f, "database error: {e}"),
        }
    }
}

impl std::error::Error for DeviceError {}

impl From<rusqlite::Error> for DeviceError {
    fn from(e: rusqlite::Error) -> Self {
        Self::Db(e)
    }
}

/// A new random device code, `XXXX-XXXX`.
pub fn new_code() -> Result<String, String> {
    let mut out = String::with_capacity(CODE_LEN + 1);
    // Rejection sampling, so every character is equally likely.
    let limit = 256 - 256 % CODE_ALPHABET.len();
    let mut n = 0;
    while n < CODE_LEN {
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes).map_err(|e| format!("no randomness: {e}"))?;
        for b in bytes {
            if n < CODE_LEN && (b as usize) < limit {
                if n == CODE_LEN / 2 {
                    out.push('-');
                }
                out.push(CODE_ALPHABET[b as usize % CODE_ALPHABET.len()] as char);
                n += 1;
            }
        }
    }
    Ok(out)
}

/// A code as compared: without case, spaces or dashes.
pub fn normalise_code(code: &str) -> String {
    code.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_uppercase)
        .collect()
}

/// The stored form of a device code.
pub fn code_hash(code: &str) -> String {
    token_hash(&normalise_code(code))
}

/// One row of `device list`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Device {
    /// The desk (name and team).
    pub desk: Desk,
    /// Whether its code was claimed (the desk is set up).
    pub claimed: bool,
    /// Until when its unclaimed code works (ms since the epoch).
    pub code_expires_at: Option<i64>,
    /// How many sessions are open at it.
    pub sessions: u32,
}

/// The team of `name_or_id` (a team's id, or its name without regard to case).
fn team(conn: &Connection, name_or_id: &str) -> Result<(TeamId, String), DeviceError> {
    let key = name_or_id.trim();
    let by_id = key.parse::<i64>().ok();
    conn.query_row(
        "SELECT id, name FROM teams WHERE id = ?1 OR name = ?2 COLLATE NOCASE \
         ORDER BY id = ?1 DESC LIMIT 1",
        params![by_id, key],
        |r| Ok((TeamId(r.get(0)?), r.get(1)?)),
    )
    .optional()?
    .ok_or_else(|| DeviceError::UnknownTeam(key.to_owned()))
}

/// Adds a device for `team` (name or id) named `name`, whose code (hash `code_hash`) works
/// for [`CODE_LIFETIME_MS`].
pub fn add(
    conn: &Connection,
    team_key: &str,
    name: &str,
    code_hash: &str,
) -> Result<Desk, DeviceError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(DeviceError::Invalid(
            "a device name is 1 to 100 characters".into(),
        ));
    }
    let (team, team_name) = team(conn, team_key)?;
    let taken: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM devices WHERE name = ?1 COLLATE NOCASE)",
        params![name],
        |r| r.get(0),
    )?;
    if taken {
        return Err(DeviceError::DuplicateName(name.to_owned()));
    }
    let now = now_ms();
    conn.execute(
        "INSERT INTO devices (name, team_id, code_hash, code_expires_at, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![name, team.0, code_hash, now + CODE_LIFETIME_MS, now],
    )?;
    Ok(Desk {
        name: name.to_owned(),
        team,
        team_name,
    })
}

/// Every device, by name.
pub fn list(conn: &Connection) -> rusqlite::Result<Vec<Device>> {
    let mut stmt = conn.prepare(
        "SELECT d.name, t.id, t.name, d.token_hash IS NOT NULL, d.code_expires_at, \
         (SELECT COUNT(*) FROM sessions s WHERE s.desk_id = d.id) \
         FROM devices d JOIN teams t ON t.id = d.team_id ORDER BY d.name COLLATE NOCASE",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Device {
            desk: Desk {
                name: r.get(0)?,
                team: TeamId(r.get(1)?),
                team_name: r.get(2)?,
            },
            claimed: r.get(3)?,
            code_expires_at: r.get(4)?,
            sessions: r.get(5)?,
        })
    })?;
    rows.collect()
}

/// Removes the device named `name` and every session opened at it; answers how many
/// sessions that ended.
pub fn remove(conn: &Connection, name: &str) -> Result<u32, DeviceError> {
    let name = name.trim();
    let id: i64 = conn
        .query_row(
            "SELECT id FROM devices WHERE name = ?1 COLLATE NOCASE",
            params![name],
            |r| r.get(0),
        )
        .optional()?
        .ok_or_else(|| DeviceError::UnknownDevice(name.to_owned()))?;
    // Explicit, though the foreign key cascades too: the count is reported.
    let ended = conn.execute("DELETE FROM sessions WHERE desk_id = ?1", params![id])?;
    conn.execute("DELETE FROM devices WHERE id = ?1", params![id])?;
    Ok(ended as u32)
}

/// Claims the device whose unexpired, unused code is `code`: stores the hash of
/// `device_token` and forgets the code. `None` when no such code works (unknown, used or
/// expired).
pub fn claim(conn: &Connection, code: &str, device_token: &str) -> rusqlite::Result<Option<Desk>> {
    let now = now_ms();
    let id: Option<i64> = conn
        .query_row(
            "UPDATE devices SET code_hash = NULL, code_expires_at = NULL, token_hash = ?2, \
             claimed_at = ?3 WHERE code_hash = ?1 AND code_expires_at > ?3 \
             AND token_hash IS NULL RETURNING id",
            params![code_hash(code), token_hash(device_token), now],
            |r| r.get(0),
        )
        .optional()?;
    id.map(|id| desk(conn, id)).transpose()
}

fn desk(conn: &Connection, id: i64) -> rusqlite::Result<Desk> {
    conn.query_row(
        "SELECT d.name, t.id, t.name FROM devices d JOIN teams t ON t.id = d.team_id \
         WHERE d.id = ?1",
        params![id],
        |r| {
            Ok(Desk {
                name: r.get(0)?,
                team: TeamId(r.get(1)?),
                team_name: r.get(2)?,
            })
        },
    )
}

/// The device (its id and desk) a device token belongs to.
pub fn by_token(conn: &Connection, device_token: &str) -> rusqlite::Result<Option<(i64, Desk)>> {
    if device_token.is_empty() || device_token.len() > 256 {
        return Ok(None);
    }
    let id: Option<i64> = conn
        .query_row(
            "SELECT id FROM devices WHERE token_hash = ?1",
            params![token_hash(device_token)],
            |r| r.get(0),
        )
        .optional()?;
    id.map(|id| Ok((id, desk(conn, id)?))).transpose()
}

/// Who may work at a desk of `team`: its enabled members with a PIN, by name.
pub fn roster(conn: &Connection, team: TeamId) -> rusqlite::Result<Vec<DeskAgent>> {
    let mut stmt = conn.prepare(
        "SELECT a.id, a.name FROM team_members m JOIN agents a ON a.id = m.agent_id \
         WHERE m.team_id = ?1 AND a.enabled = 1 AND a.pin_hash IS NOT NULL \
         ORDER BY a.name COLLATE NOCASE, a.id",
    )?;
    let rows = stmt.query_map(params![team.0], |r| {
        Ok(DeskAgent {
            id: AgentId(r.get(0)?),
            name: r.get(1)?,
        })
    })?;
    rows.collect()
}

/// The agent `id` and its PIN hash, when it may sign in at a desk of `team` (a member,
/// enabled, with a PIN).
pub fn pin_of(
    conn: &Connection,
    team: TeamId,
    id: AgentId,
) -> rusqlite::Result<Option<(Agent, String)>> {
    conn.query_row(
        "SELECT a.id, a.name, a.email, a.language, a.role, a.presence, a.pin_hash \
         FROM team_members m JOIN agents a ON a.id = m.agent_id \
         WHERE m.team_id = ?1 AND a.id = ?2 AND a.enabled = 1 AND a.pin_hash IS NOT NULL",
        params![team.0, id.0],
        |r| Ok((super::rows::agent(r)?, r.get(6)?)),
    )
    .optional()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_two_groups_of_four_unambiguous_characters() {
        for _ in 0..50 {
            let code = new_code().unwrap();
            assert_eq!(code.len(), CODE_LEN + 1, "{code}");
            assert_eq!(code.as_bytes()[4], b'-');
            assert!(code
                .bytes()
                .filter(|b| *b != b'-')
                .all(|b| CODE_ALPHABET.contains(&b)));
        }
        assert_ne!(new_code().unwrap(), new_code().unwrap());
    }

    #[test]
    fn codes_compare_without_case_spaces_or_dashes() {
        assert_eq!(normalise_code(" k7qf-9xtm "), "K7QF9XTM");
        assert_eq!(code_hash("K7QF 9XTM"), code_hash("k7qf-9xtm"));
        assert_ne!(code_hash("K7QF9XTM"), code_hash("K7QF9XTN"));
    }
}
