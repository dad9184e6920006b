//! Demo pipelines, deals, tasks, reminders and calendar events. Runs after the
//! conversations exist.
//!
//! Invariants: every conversation whose list row has a deal brief gets the matching deal
//! (same stage, amount and currency) and no other conversation gets one; every brief
//! stage is a stage of the deal's pipeline.

use super::rng::Rng;
use rusqlite::{params, Connection};
use switchboard_protocol::{Agent, DealBrief};

const HOUR: i64 = 3600 * 1000;
const DAY: i64 = 24 * HOUR;

/// The pipelines: the brief stages of the demo conversations are those of "Sales".
pub const PIPELINES: [(&str, &[&str]); 2] = [
    (
        "Sales",
        &[
            "New lead",
            "Qualified",
            "Proposal sent",
            "Negotiation",
            "Won",
            "Lost",
        ],
    ),
    (
        "Wholesale",
        &[
            "New lead",
            "Qualified",
            "Samples sent",
            "Proposal sent",
            "Negotiation",
            "Won",
            "Lost",
        ],
    ),
];

const TASKS: [&str; 6] = [
    "Call back about the delivery date",
    "Send the updated price list",
    "Confirm the payment with finance",
    "Prepare a quote for 50 units",
    "Check the return request",
    "Follow up on the proposal",
];
const REMINDERS: [&str; 3] = [
    "Ask whether the parcel arrived",
    "Offer the loyalty discount",
    "Check the customer's answer on the quote",
];
const MEETINGS: [&str; 3] = ["Product demo", "Contract call", "Showroom visit"];

/// Loads the demo deals and what hangs off conversations and contacts.
pub fn load(conn: &Connection, rng: &mut Rng, agents: &[Agent], now: i64) -> rusqlite::Result<()> {
    let mut ids = Vec::new();
    for (name, stages) in PIPELINES {
        conn.execute(
            "INSERT INTO pipelines (name, stages) VALUES (?1, ?2)",
            params![name, serde_json::to_string(stages).unwrap_or_default()],
        )?;
        ids.push(conn.last_insert_rowid());
    }
    let (sales, wholesale) = (ids[0], ids[1]);
    let mut stmt =
        conn.prepare("SELECT id, contact_id, channel, deal, tags FROM conversations ORDER BY id")?;
    let convs = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, String>(4)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for (n, (id, contact, channel, deal, tags)) in convs.into_iter().enumerate() {
        if let Some(brief) = deal.and_then(|d| serde_json::from_str::<DealBrief>(&d).ok()) {
            let pipeline = if tags.contains("\"wholesale\"") {
                wholesale
            } else {
                sales
            };
            conn.execute(
                "INSERT INTO deals (conversation_id, pipeline_id, stage, line, channel, \
                 amount_minor, currency) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    id,
                    pipeline,
                    brief.stage,
                    1 + (n % 3 == 0) as i64,
                    channel,
                    brief.amount_minor,
                    brief.currency
                ],
            )?;
        }
        if rng.chance(35) {
            for k in 0..1 + rng.below(3) {
                let due = now + (rng.below(14 * 24) as i64 - 5 * 24) * HOUR;
                let done = due < now && rng.chance(50) || k == 2;
                conn.execute(
                    "INSERT INTO tasks (contact_id, conversation_id, description, due_at, done, \
                     author_id, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    params![
                        contact,
                        id,
                        rng.pick(&TASKS),
                        due,
                        done,
                        rng.pick(agents).id.0,
                        now - 6 * DAY
                    ],
                )?;
            }
        }
        if n % 9 == 2 {
            conn.execute(
                "INSERT INTO reminders (conversation_id, at, text, author_id) VALUES (?1, ?2, ?3, ?4)",
                params![id, now + (2 + rng.below(70)) as i64 * HOUR, rng.pick(&REMINDERS), rng.pick(agents).id.0],
            )?;
        }
        if n % 11 == 4 {
            let start = now + (1 + rng.below(10)) as i64 * DAY + 10 * HOUR;
            conn.execute(
                "INSERT INTO calendar_events (conversation_id, title, starts_at, ends_at, author_id) \
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![id, rng.pick(&MEETINGS), start, start + HOUR, rng.pick(agents).id.0],
            )?;
        }
    }
    Ok(())
}
