//! The Switchboard reference server: the REST API and socket of `switchboard_protocol`
//! over one SQLite file, with optional demo data and simulated customers.
//!
//! [`start`] binds the listener and returns once the server accepts connections, so a
//! caller (the binary, a test) can announce or use the address at once.

pub mod auth;
pub mod boolean;
pub mod bundle;
pub mod checkpoint;
pub mod cli;
pub mod config;
pub mod cookies;
pub mod csp;
pub mod db;
pub mod delivery;
pub mod demo;
pub mod error;
pub mod events;
pub mod faults;
pub mod framing;
pub mod group_commit;
pub mod headers;
pub mod http;
pub mod limiter;
pub mod mask;
pub mod openapi;
pub mod password;
pub mod providers;
pub mod refresh;
pub mod sim;
pub mod state;
pub mod viewers;
pub mod ws;

pub use config::Config;

use state::AppState;
use std::io;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// A started server.
pub struct Running {
    /// The address it listens on (the real port when asked for port 0).
    pub addr: SocketAddr,
    stop: watch::Sender<bool>,
    task: JoinHandle<io::Result<()>>,
    sim: Option<JoinHandle<()>>,
}

impl Running {
    /// Stops accepting, ends the sockets and the simulator, waits for in-flight requests.
    pub async fn stop(self) -> io::Result<()> {
        let _ = self.stop.send(true);
        if let Some(sim) = self.sim {
            let _ = sim.await;
        }
        self.task.await.map_err(io::Error::other)?
    }
}

fn other<E: std::fmt::Display>(context: &str) -> impl FnOnce(E) -> io::Error + '_ {
    move |e| io::Error::other(format!("{context}: {e}"))
}

/// Wakes due snoozed conversations every few seconds until the server stops (list reads
/// also wake them, so a client never sees an overdue snooze).
async fn snooze_timer(state: AppState) {
    let mut shutdown = state.shutdown.clone();
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(5));
    loop {
        tokio::select! {
            _ = shutdown.changed() => return,
            _ = tick.tick() => {
                let _ = state.run(db::activity::wake_due).await;
            }
        }
    }
}

/// Opens the data directory, loads demo data if asked, binds and serves.
pub async fn start(config: &Config) -> io::Result<Running> {
    // A bad host origin is a start-up error, before anything is opened.
    let host_origins = framing::host_origins(&config.static_dir, &config.host_origins)
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
    std::fs::create_dir_all(config.data.join("uploads"))?;
    let path = config.data.join("switchboard.sqlite3");
    let mut conn = db::open(&path).map_err(other("opening the database"))?;
    if config.demo {
        let loaded =
            demo::load_if_empty(&mut conn, config.demo_bulk).map_err(other("loading demo data"))?;
        if loaded {
            eprintln!("demo data loaded into {}", path.display());
        }
    }
    if config.faults.fault_forget_events {
        faults::forget_events(&conn).map_err(other("forgetting the event log"))?;
    }
    // Checkpoints run beside the requests, not inside their commits (see `checkpoint`).
    checkpoint::detach(&conn).map_err(other("configuring the database"))?;
    let checkpointer = db::open(&path).map_err(other("opening the database to checkpoint"))?;
    let (stop, shutdown) = watch::channel(false);
    tokio::spawn(checkpoint::run(checkpointer, shutdown.clone()));
    let state = AppState {
        db: Arc::new(Mutex::new(conn)),
        hub: events::hub(),
        ephemeral: events::ephemeral_hub(),
        viewers: Arc::default(),
        demo: config.demo,
        shutdown: shutdown.clone(),
        ai: Arc::new(providers::Providers::from_flags(&config.providers)?),
        faults: faults::Faults::new(&config.faults),
        limiter: Arc::new(limiter::Limiter::default()),
        revoked: tokio::sync::broadcast::channel(64).0,
        lifetimes: config.lifetimes(),
        inbound: Arc::default(),
    };
    let app = http::router(
        state.clone(),
        &config.static_dir,
        &config.cors_origins,
        headers::Headers::for_static_dir(&config.static_dir, host_origins),
    );
    let listener = TcpListener::bind(config.listen).await?;
    let addr = listener.local_addr()?;
    let sim = config.simulate.then(|| {
        let every = std::time::Duration::from_millis(config.simulate_every_ms.max(50));
        tokio::spawn(sim::run(state.clone(), every))
    });
    let timing = db::delivery::Timing {
        deliver_ms: config.deliver_after_ms as i64,
        read_ms: config.read_after_ms as i64,
    };
    tokio::spawn(delivery::run(state.clone(), timing));
    tokio::spawn(snooze_timer(state.clone()));
    let mut signal = shutdown;
    let task = tokio::spawn(async move {
        // The peer address feeds the per-address sign-in limit (`limiter`).
        axum::serve(
            listener,
            app.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(async move {
            let _ = signal.wait_for(|stop| *stop).await;
        })
        .await
    });
    Ok(Running {
        addr,
        stop,
        task,
        sim,
    })
}
