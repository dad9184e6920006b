//! The simulated network: always on, it moves agents' outgoing messages from sent to
//! delivered to read (or to failed for contacts the network refuses) with
//! `message_updated` events, as a real channel's receipts would. See
//! [`crate::db::delivery`].

use crate::db::delivery::{tick, Timing};
use crate::state::AppState;
use std::time::Duration;

/// How often due messages are looked for.
const EVERY: Duration = Duration::from_millis(200);

/// Runs until the server stops.
pub async fn run(state: AppState, timing: Timing) {
    let mut shutdown = state.shutdown.clone();
    let mut timer = tokio::time::interval(EVERY);
    loop {
        tokio::select! {
            _ = shutdown.changed() => return,
            _ = timer.tick() => {}
        }
        if let Err(e) = state.run(move |conn, hub| tick(conn, hub, timing)).await {
            eprintln!("delivery: {}", e.body.message);
        }
    }
}
