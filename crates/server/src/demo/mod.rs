//! Demo data: a demo agent, four colleagues and 72 conversations over every channel in six
//! languages, generated from a fixed seed (same data on every machine, times relative to
//! now). Loaded only into a database without conversations, in one transaction. Contact
//! details, CRM groups, notes, pipelines, deals, tasks, reminders and calendar events are
//! added after the conversations ([`crm`], [`deals`]), from generators of their own, so
//! the conversations stay exactly as before; `--demo-bulk` conversations ([`bulk`]) come last.

pub mod accounts;
mod append;
mod bulk;
mod contact;
mod conversation;
pub mod crm;
mod crm_groups;
pub mod deals;
mod extras;
mod files;
pub mod phrases;
pub mod rng;
mod showcase;
mod templates;
mod workspace;

use crate::db::rows::{self, AGENT_SELECT};
use rusqlite::{params, Connection};
use switchboard_protocol::Agent;

/// The seed of the demo generator.
pub const SEED: u64 = 0x5_817C_4B0A;
/// How many demo conversations are made.
pub const COUNT: usize = 72;

/// The password of every demo agent (documented in the README and
/// `docs/protocol/sessions.md`), set when a demo agent has none.
pub const DEMO_PASSWORD: &str = "demo";

/// The kiosk-desk PIN of every demo agent (demo only; documented in the README and
/// `docs/protocol/desks.md`), set when a demo agent has none.
pub const DEMO_PIN: &str = "1234";

/// The workspace's agents; the first one is the demo agent.
const AGENTS: [(&str, &str, &str); 5] = [
    ("Alex Morgan", "alex@demo.switchboard", "en"),
    ("Marta Kovalenko", "marta@demo.switchboard", "uk"),
    ("Dmitri Sokolov", "dmitri@demo.switchboard", "ru"),
    ("Claire Lefèvre", "claire@demo.switchboard", "fr"),
    ("Lucía Romero", "lucia@demo.switchboard", "es"),
];

/// Loads the demo data when there is no conversation yet, plus `bulk` synthetic
/// conversations (`--demo-bulk`); `true` when it did.
pub fn load_if_empty(conn: &mut Connection, bulk: usize) -> rusqlite::Result<bool> {
    let existing: i64 = conn.query_row("SELECT COUNT(*) FROM conversations", [], |r| r.get(0))?;
    let tx = conn.transaction()?;
    let agents = ensure_agents(&tx)?;
    workspace::ensure(&tx, &agents)?;
    if existing > 0 {
        tx.commit()?;
        return Ok(false);
    }
    let mut rng = rng::Rng::new(SEED);
    let now = crate::db::now_ms();
    for i in 0..COUNT {
        conversation::build(&tx, &mut rng, i, &agents, now)?;
    }
    showcase::build(&tx, &agents, now)?;
    templates::seed(&tx)?;
    crm::load(&tx, &mut rng::Rng::new(SEED ^ 0xC0FFEE), &agents, now)?;
    deals::load(&tx, &mut rng::Rng::new(SEED ^ 0xDEA1), &agents, now)?;
    extras::spread(&tx, &agents, now)?;
    // Last, so the regular demo data is the same with or without bulk.
    bulk::load(&tx, &mut rng::Rng::new(SEED ^ 0xB0_1C), &agents, bulk, now)?;
    tx.commit()?;
    Ok(true)
}

/// Makes sure the demo agents exist (the first is marked as the demo agent), each with
/// [`DEMO_PASSWORD`] unless it has a password already (hashed once for all of them), and
/// [`DEMO_PIN`] likewise.
fn ensure_agents(conn: &Connection) -> rusqlite::Result<Vec<Agent>> {
    let mut agents = Vec::new();
    for (i, (name, email, language)) in AGENTS.iter().enumerate() {
        conn.execute(
            "INSERT INTO agents (name, email, language, is_demo) VALUES (?1, ?2, ?3, ?4) \
             ON CONFLICT DO NOTHING",
            params![name, email, language, i == 0],
        )?;
        agents.push(conn.query_row(
            &format!("{AGENT_SELECT} WHERE email = ?1 COLLATE NOCASE"),
            params![email],
            rows::agent,
        )?);
    }
    let emails: Vec<&str> = AGENTS.iter().map(|a| a.1).collect();
    crate::db::agents::ensure_passwords(conn, &emails, || crate::password::hash(DEMO_PASSWORD))?;
    // Every demo agent has the kiosk PIN `DEMO_PIN` (demo only), so a desk set up with
    // `device add` has a roster.
    crate::db::agents::ensure_pins(conn, &emails, || crate::password::hash(DEMO_PIN))?;
    Ok(agents)
}
