//! The demo workspace around the agents: roles (one supervisor), presence, three teams with
//! members, the settings row and the workspace's accounts on the networks
//! ([`super::accounts`]). Idempotent: safe to run on every start.

use rusqlite::{params, Connection};
use std::collections::BTreeMap;
use switchboard_protocol::{Agent, ClosingNotes, FileLimits, Settings};

/// Team names and the indexes (into the demo agents) of their members.
const TEAMS: [(&str, &[usize]); 3] = [
    ("Sales", &[0, 2, 4]),
    ("Support", &[0, 1, 3]),
    ("Wholesale", &[1, 2]),
];

/// Presence of each demo agent, so the session shows variety.
const PRESENCE: [&str; 5] = ["online", "online", "away", "offline", "online"];

/// The workspace's tags, for pickers.
const TAGS: [&str; 10] = [
    "account",
    "booking",
    "complaint",
    "delivery",
    "invoice",
    "lead",
    "refund",
    "vip",
    "wholesale",
    "urgent",
];

/// Roles, presence, teams and settings for the demo agents (the first stays a plain agent,
/// the second is a supervisor).
pub fn ensure(conn: &Connection, agents: &[Agent]) -> rusqlite::Result<()> {
    for (i, a) in agents.iter().enumerate() {
        let role = if i == 1 { "supervisor" } else { "agent" };
        conn.execute(
            "UPDATE agents SET role = ?2, presence = ?3 WHERE id = ?1",
            params![a.id.0, role, PRESENCE[i % PRESENCE.len()]],
        )?;
    }
    for (name, members) in TEAMS {
        conn.execute(
            "INSERT INTO teams (name) VALUES (?1) ON CONFLICT(name) DO NOTHING",
            params![name],
        )?;
        let team: i64 =
            conn.query_row("SELECT id FROM teams WHERE name = ?1", [name], |r| r.get(0))?;
        for &m in members {
            if let Some(a) = agents.get(m) {
                conn.execute(
                    "INSERT OR IGNORE INTO team_members (team_id, agent_id) VALUES (?1, ?2)",
                    params![team, a.id.0],
                )?;
            }
        }
    }
    let exists: bool =
        conn.query_row("SELECT EXISTS (SELECT 1 FROM settings)", [], |r| r.get(0))?;
    if !exists {
        crate::db::settings::save(conn, &settings())?;
    }
    super::accounts::ensure(conn)
}

/// The demo settings: optional closing notes, tags required on outbound, masked phones.
pub fn settings() -> Settings {
    let crm: BTreeMap<String, String> = [
        ("contact", "https://crm.example.com/contacts/{id}"),
        ("lead", "https://crm.example.com/leads/{id}"),
        ("order", "https://crm.example.com/orders/{id}"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    Settings {
        closing_notes: ClosingNotes::Optional,
        closing_categories: ["Resolved", "Refund issued", "No answer", "Spam"]
            .map(String::from)
            .to_vec(),
        tags_required_on_outbound: true,
        phone_masking: true,
        tags: TAGS.map(String::from).to_vec(),
        file_limits: FileLimits::default(),
        crm_url_templates: crm,
        company_name: Some(crate::db::templates::COMPANY.into()),
    }
}
