//! Simulated customers: every tick one customer writes into a random conversation that is
//! not closed (now and then a closed one, which reopens it), in the contact's language.
//! Messages go through [`crate::db::messages::inbound`], the same path as `POST /inbound`,
//! so unread counts, reopening and events behave exactly as for a real customer.

use crate::db::messages;
use crate::demo::{phrases, rng::Rng};
use crate::error::AppResult;
use crate::state::AppState;
use rusqlite::params;
use std::time::Duration;
use switchboard_protocol::ConversationId;

/// Writes one simulated message; `None` when there is no conversation at all.
fn tick(
    conn: &mut rusqlite::Connection,
    hub: &crate::events::Hub,
    rng: &mut Rng,
) -> AppResult<Option<ConversationId>> {
    let reopen = rng.chance(10);
    let mut stmt = conn.prepare(
        "SELECT c.id, COALESCE(k.language, 'en') FROM conversations c \
         JOIN contacts k ON k.id = c.contact_id WHERE (c.status = 'closed') = ?1 ORDER BY c.id",
    )?;
    let candidates = stmt
        .query_map(params![reopen], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    drop(stmt);
    if candidates.is_empty() {
        return Ok(None);
    }
    let (id, language) = rng.pick(&candidates).clone();
    let text = rng.pick(phrases::lang(&language).simulated);
    messages::inbound(conn, hub, ConversationId(id), text)?;
    Ok(Some(ConversationId(id)))
}

/// Runs until the server stops.
pub async fn run(state: AppState, every: Duration) {
    let seed = crate::db::now_ms().unsigned_abs();
    let mut rng = Rng::new(seed);
    let mut shutdown = state.shutdown.clone();
    let mut timer = tokio::time::interval(every);
    timer.tick().await;
    loop {
        tokio::select! {
            _ = shutdown.changed() => return,
            _ = timer.tick() => {}
        }
        let mut local = rng.clone();
        rng.next_u64();
        if let Err(e) = state
            .run(move |conn, hub| tick(conn, hub, &mut local))
            .await
        {
            eprintln!("simulator: {}", e.body.message);
        }
    }
}
