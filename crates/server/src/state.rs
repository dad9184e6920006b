//! The state every handler shares: the database, the event hub and the demo switch.

use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::events::Hub;
use rusqlite::Connection;

/// Shared by all handlers and sockets; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    /// The one connection (std mutex: lock it only inside blocking tasks).
    pub db: Db,
    /// Live events for the sockets.
    pub hub: Hub,
    /// Typing and presence for the sockets (not stored, no `seq`).
    pub ephemeral: crate::events::EphemeralHub,
    /// Who has which conversation open, per socket (`viewing` frames).
    pub viewers: std::sync::Arc<crate::viewers::Viewers>,
    /// Whether demo sign-in is allowed.
    pub demo: bool,
    /// Turns `true` when the server stops; sockets and the simulator end on it.
    pub shutdown: tokio::sync::watch::Receiver<bool>,
    /// The configured translation and AI providers.
    pub ai: std::sync::Arc<crate::providers::Providers>,
    /// The fault injection switches.
    pub faults: crate::faults::Faults,
    /// Failed sign-ins per email and per address (slowing password guessing).
    pub limiter: std::sync::Arc<crate::limiter::Limiter>,
    /// The hashes of tokens just signed out: their sockets close with `unauthorized`.
    pub revoked: tokio::sync::broadcast::Sender<std::sync::Arc<str>>,
    /// How long access and refresh tokens live (`crate::refresh`).
    pub lifetimes: crate::refresh::Lifetimes,
    /// Customers' messages waiting to be written together (`crate::group_commit`).
    pub inbound: std::sync::Arc<crate::group_commit::Queue>,
}

impl AppState {
    /// Runs `f` on the locked connection in a blocking task, passing the hub along.
    pub async fn run<T, F>(&self, f: F) -> AppResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection, &Hub) -> AppResult<T> + Send + 'static,
    {
        let db = self.db.clone();
        let hub = self.hub.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn = db
                .lock()
                .map_err(|_| AppError::internal("database lock poisoned"))?;
            f(&mut conn, &hub)
        })
        .await
        .map_err(AppError::internal)?
    }
}
