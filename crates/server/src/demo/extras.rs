//! The chat-list fields of the demo conversations, spread for variety after they are
//! built: teams, operators, time in status, a few archived closed ones, two blocked
//! contacts, two handled by the AI agent, running automations, CRM links and closed
//! messaging windows.
//!
//! Invariants: deterministic (its own seeded generator, rows in id order); `status_since`
//! never lies after the last activity; only closed conversations are archived.

use super::rng::Rng;
use rusqlite::{params, Connection};
use switchboard_protocol::{Agent, CrmKind, CrmLink, RunningAutomation};

const MINUTE: i64 = 60_000;

/// Spreads the extra fields over every demo conversation.
pub fn spread(conn: &Connection, agents: &[Agent], now: i64) -> rusqlite::Result<()> {
    let mut rng = Rng::new(super::SEED ^ 0xE7_7A5);
    let teams: Vec<i64> = conn
        .prepare("SELECT id FROM teams ORDER BY id")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let rows: Vec<(i64, i64, String, String, Option<i64>, i64)> = conn
        .prepare(
            "SELECT id, contact_id, status, channel, assignee_id, last_activity_at \
             FROM conversations ORDER BY id",
        )?
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut archived = 0;
    let mut windows = 0;
    for (n, (id, contact, status, channel, assignee, last)) in rows.into_iter().enumerate() {
        let team = (!teams.is_empty() && n % 4 != 3).then(|| teams[n % teams.len()]);
        let mut operators: Vec<i64> = Vec::new();
        if rng.chance(30) {
            let extra = 1 + rng.below(2);
            for _ in 0..extra {
                let a = rng.pick(agents).id.0;
                if Some(a) != assignee && !operators.contains(&a) {
                    operators.push(a);
                }
            }
        }
        let since = last - rng.below(3 * 24 * 60) as i64 * MINUTE;
        let archive = status == "closed" && archived < 4 && rng.chance(40);
        archived += i32::from(archive);
        let ai = n == 3 || n == 11;
        let bot = ai || rng.chance(15);
        let automations = if n % 9 == 2 {
            vec![RunningAutomation {
                id: if n % 2 == 0 { "feedback" } else { "price-list" }.into(),
                name: if n % 2 == 0 {
                    "Ask for feedback"
                } else {
                    "Send price list"
                }
                .into(),
                started_at: super::super::db::rows::time(now - (n as i64 + 1) * 7 * MINUTE),
            }]
        } else {
            Vec::new()
        };
        let crm = (n % 7 == 1).then(|| {
            let (kind, title) = match n % 3 {
                0 => (CrmKind::Lead, "Lead"),
                1 => (CrmKind::Client, "Client"),
                _ => (CrmKind::Order, "Order"),
            };
            CrmLink {
                kind,
                id: format!("{}", 4100 + n),
                title: format!("{title} #{}", 4100 + n),
            }
        });
        // Two closed windows to show the template-only state; elsewhere a window is known
        // only while it is open (the demo's history is older than a day, and a demo where
        // most WhatsApp chats only take templates would hide everything else).
        let windowed = matches!(channel.as_str(), "whatsapp" | "viber");
        let window = if windowed {
            windows += 1;
            // Not the first ones: tests and guides write to the first conversations.
            if (5..=6).contains(&windows) {
                Some(now - (2 + n as i64) * 60 * MINUTE)
            } else {
                Some(last + 24 * 60 * MINUTE).filter(|t| *t > now)
            }
        } else {
            None
        };
        conn.execute(
            "UPDATE conversations SET team_id = ?2, operators = ?3, status_since = ?4, \
             archived = ?5, ai_active = ?6, bot_enabled = ?7, automations = ?8, crm_link = ?9, \
             window_closes_at = ?10 WHERE id = ?1",
            params![
                id,
                team,
                serde_json::to_string(&operators).unwrap_or_else(|_| "[]".into()),
                since,
                archive,
                ai,
                bot,
                serde_json::to_string(&automations).unwrap_or_else(|_| "[]".into()),
                crm.map(|c| serde_json::to_string(&c).unwrap_or_default()),
                window,
            ],
        )?;
        if n == 20 || n == 45 {
            conn.execute("UPDATE contacts SET blocked = 1 WHERE id = ?1", [contact])?;
        }
    }
    Ok(())
}
