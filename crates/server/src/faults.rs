//! Fault injection, all off by default: drop sockets every N seconds, fail a share of REST
//! calls with 503, add latency, commit a message send and then drop the connection, and
//! duplicate or reorder socket events. Set by flags at start and, when the server runs
//! with `--fault-admin`, at run time by `PUT /api/v1/_faults`.
//!
//! Decisions come from one seeded SplitMix64 generator, so a run is repeatable for a
//! given order of requests; rates 0.0 and 1.0 never consult it.

use crate::demo::rng::Rng;
use crate::error::AppError;
use crate::events::Published;
use crate::state::AppState;
use axum::body::{Body, Bytes};
use axum::extract::ws::{Message as WsMessage, WebSocket};
use axum::extract::{Request, State};
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;
use switchboard_protocol::{ApiError, ErrorCode, FaultSettings};
use tokio::sync::watch;
use tokio::time::Instant;

/// The seed of the fault generator.
pub const SEED: u64 = 0xFA17;
/// How long a held-back (reordered) event waits for a successor before it is sent alone.
pub const HOLD: Duration = Duration::from_millis(300);

fn parse_rate(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(r) if (0.0..=1.0).contains(&r) => Ok(r),
        _ => Err(format!("not a rate between 0.0 and 1.0: {s:?}")),
    }
}

/// The fault flags, each also read from its environment variable.
#[derive(Clone, Debug, Default, clap::Args)]
pub struct FaultFlags {
    /// Close every socket this many seconds after it opens, or after the switch was set at
    /// run time if the socket was already open then (0: never).
    #[arg(
        long,
        env = "SWITCHBOARD_FAULT_DROP_WS_EVERY_SECS",
        default_value_t = 0
    )]
    pub fault_drop_ws_every_secs: u64,
    /// Share (0.0-1.0) of REST calls answered 503 before any work.
    #[arg(long, env = "SWITCHBOARD_FAULT_FAIL_RATE", default_value_t = 0.0, value_parser = parse_rate)]
    pub fault_fail_rate: f64,
    /// Milliseconds of delay before each REST call is handled.
    #[arg(long, env = "SWITCHBOARD_FAULT_LATENCY_MS", default_value_t = 0)]
    pub fault_latency_ms: u64,
    /// Share (0.0-1.0) of message sends committed and then answered by a dropped connection.
    #[arg(long, env = "SWITCHBOARD_FAULT_DROP_AFTER_COMMIT_RATE", default_value_t = 0.0, value_parser = parse_rate)]
    pub fault_drop_after_commit_rate: f64,
    /// Share (0.0-1.0) of socket events sent twice.
    #[arg(long, env = "SWITCHBOARD_FAULT_DUPLICATE_EVENTS_RATE", default_value_t = 0.0, value_parser = parse_rate)]
    pub fault_duplicate_events_rate: f64,
    /// Share (0.0-1.0) of socket events swapped with the next one.
    #[arg(long, env = "SWITCHBOARD_FAULT_REORDER_EVENTS_RATE", default_value_t = 0.0, value_parser = parse_rate)]
    pub fault_reorder_events_rate: f64,
    /// Enable `PUT /api/v1/_faults` to change the switches at run time (tests only).
    #[arg(long, env = "SWITCHBOARD_FAULT_ADMIN", action = clap::ArgAction::Set, num_args = 0..=1,
          default_value = "false", default_missing_value = "true", value_parser = crate::boolean::parse)]
    pub fault_admin: bool,
    /// Start with an empty event log whose `seq` starts over, as a server restored from a
    /// backup or a new instance at the same address would: sockets resuming from a `seq`
    /// beyond its head are told to resync (tests only).
    #[arg(long, env = "SWITCHBOARD_FAULT_FORGET_EVENTS", action = clap::ArgAction::Set, num_args = 0..=1,
          default_value = "false", default_missing_value = "true", value_parser = crate::boolean::parse)]
    pub fault_forget_events: bool,
}

impl FaultFlags {
    /// The switches these flags set.
    pub fn settings(&self) -> FaultSettings {
        FaultSettings {
            drop_ws_every_secs: self.fault_drop_ws_every_secs,
            fail_rate: self.fault_fail_rate,
            latency_ms: self.fault_latency_ms,
            drop_after_commit_rate: self.fault_drop_after_commit_rate,
            duplicate_events_rate: self.fault_duplicate_events_rate,
            reorder_events_rate: self.fault_reorder_events_rate,
            // Run-time only: there is no socket to stall at start.
            stall_ws: false,
        }
    }
}

/// The switches as they are now, with the generator their rates consult.
struct Live {
    settings: FaultSettings,
    rng: Rng,
    /// When `drop_ws_every_secs` last took its value (the start, or a `set` changing it):
    /// a socket open before then is dropped that long after it, not after its opening.
    drop_since: Instant,
}

/// The live switches; cheap to clone.
///
/// Rates and latency are read at each decision, so a change applies at once. The socket
/// drop is a deadline each socket holds: a socket [`subscribe`](Self::subscribe)s and
/// asks [`ws_deadline`](Self::ws_deadline) again whenever the switches change, so a switch
/// turned on (or off) at run time reaches sockets that were already open.
#[derive(Clone)]
pub struct Faults {
    inner: Arc<Mutex<Live>>,
    /// Ticks on every [`set`](Self::set); the value carries nothing.
    changes: Arc<watch::Sender<()>>,
    /// Whether `PUT /_faults` is enabled.
    pub admin: bool,
}

impl Faults {
    /// Switches as the flags set them.
    pub fn new(flags: &FaultFlags) -> Self {
        Self {
            inner: Arc::new(Mutex::new(Live {
                settings: flags.settings(),
                rng: Rng::new(SEED),
                drop_since: Instant::now(),
            })),
            changes: Arc::new(watch::channel(()).0),
            admin: flags.fault_admin,
        }
    }

    /// The current switches.
    pub fn get(&self) -> FaultSettings {
        self.inner.lock().map(|g| g.settings).unwrap_or_default()
    }

    /// Replaces the switches, and tells the open sockets.
    pub fn set(&self, settings: FaultSettings) {
        if let Ok(mut g) = self.inner.lock() {
            if g.settings.drop_ws_every_secs != settings.drop_ws_every_secs {
                g.drop_since = Instant::now();
            }
            g.settings = settings;
        }
        self.changes.send_replace(());
    }

    /// A receiver that wakes after each later [`set`](Self::set).
    pub fn subscribe(&self) -> watch::Receiver<()> {
        self.changes.subscribe()
    }

    /// True with probability `rate(settings)`.
    fn roll(&self, rate: impl Fn(&FaultSettings) -> f64) -> bool {
        let Ok(mut g) = self.inner.lock() else {
            return false;
        };
        let r = rate(&g.settings);
        if r <= 0.0 {
            return false;
        }
        if r >= 1.0 {
            return true;
        }
        // 53 random bits as a share in [0, 1).
        ((g.rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < r
    }

    /// When a socket opened at `opened` must be dropped, if ever: `drop_ws_every_secs`
    /// after its opening, or after the switch took its current value if that is later
    /// (a socket is never dropped for a time that passed before the switch said so).
    pub fn ws_deadline(&self, opened: Instant) -> Option<Instant> {
        let (secs, since) = self
            .inner
            .lock()
            .map(|g| (g.settings.drop_ws_every_secs, g.drop_since))
            .ok()?;
        match secs {
            0 => None,
            n => Some(opened.max(since) + Duration::from_secs(n)),
        }
    }
}

/// Sleeps until `deadline`, or forever when there is none (for `select!` branches).
pub async fn until(deadline: Option<Instant>) {
    match deadline {
        Some(d) => tokio::time::sleep_until(d).await,
        None => std::future::pending().await,
    }
}

/// Empties the event log and starts `seq` over (`--fault-forget-events`).
pub fn forget_events(conn: &rusqlite::Connection) -> rusqlite::Result<()> {
    conn.execute_batch("DELETE FROM events; DELETE FROM sqlite_sequence WHERE name = 'events';")
}

/// A socket gone silent (`stall_ws`): sends nothing, reads and drops what comes, until
/// the client closes it or the server stops.
pub async fn stall(socket: &mut WebSocket, shutdown: &mut watch::Receiver<bool>) {
    loop {
        tokio::select! {
            _ = shutdown.changed() => return,
            got = socket.recv() => match got {
                Some(Ok(WsMessage::Close(_)) | Err(_)) | None => return,
                Some(Ok(_)) => {}
            },
        }
    }
}

/// A body that fails at once: hyper then closes the connection without a complete
/// answer, so the client sees a network failure although the handler has committed.
struct Aborted;

impl http_body::Body for Aborted {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Bytes>, std::io::Error>>> {
        Poll::Ready(Some(Err(std::io::Error::other(
            "injected fault: response dropped",
        ))))
    }
}

/// Whether `path` (below the API prefix) is a message send.
fn is_send(method: &Method, path: &str) -> bool {
    let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
    method == Method::POST && matches!(parts.as_slice(), ["conversations", _, "messages"])
}

/// The REST middleware: latency, failures and dropped answers, per the current switches.
/// `/health`, `/_faults` and the socket upgrade are never touched.
pub async fn middleware(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let path = req.uri().path();
    let path = path
        .strip_prefix(switchboard_protocol::API_PREFIX)
        .unwrap_or(path)
        .to_owned();
    if matches!(path.as_str(), "/health" | "/_faults" | "/ws") {
        return next.run(req).await;
    }
    let faults = &state.faults;
    let latency = faults.get().latency_ms;
    if latency > 0 {
        tokio::time::sleep(Duration::from_millis(latency)).await;
    }
    if faults.roll(|s| s.fail_rate) {
        return AppError {
            status: StatusCode::SERVICE_UNAVAILABLE,
            body: ApiError::new(ErrorCode::Internal, "injected fault"),
        }
        .into_response();
    }
    let send = is_send(req.method(), &path);
    let response = next.run(req).await;
    if send && response.status().is_success() && faults.roll(|s| s.drop_after_commit_rate) {
        let (parts, _) = response.into_parts();
        return Response::from_parts(parts, Body::new(Aborted));
    }
    response
}

/// Duplicates and reorders one socket's events per the current switches.
pub struct EventShaper {
    faults: Faults,
    held: Option<(Arc<Published>, Instant)>,
}

impl EventShaper {
    /// A shaper reading `faults`.
    pub fn new(faults: Faults) -> Self {
        Self { faults, held: None }
    }

    /// The events to send for `fresh` ones: a held event goes out after its successor;
    /// an event may be held back (reorder) or doubled (duplicate).
    pub fn shape(&mut self, fresh: Vec<Arc<Published>>) -> Vec<Arc<Published>> {
        let mut out = Vec::with_capacity(fresh.len() + 1);
        for p in fresh {
            if let Some((held, _)) = self.held.take() {
                out.push(p);
                out.push(held);
                continue;
            }
            if self.faults.roll(|s| s.reorder_events_rate) {
                self.held = Some((p, Instant::now()));
                continue;
            }
            if self.faults.roll(|s| s.duplicate_events_rate) {
                out.push(p.clone());
            }
            out.push(p);
        }
        out
    }

    /// When the held event must go out alone, if one is held.
    pub fn deadline(&self) -> Option<Instant> {
        self.held.as_ref().map(|(_, since)| *since + HOLD)
    }

    /// The held event, released.
    pub fn flush(&mut self) -> Vec<Arc<Published>> {
        self.held.take().map(|(p, _)| vec![p]).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Config;
    use clap::Parser;

    #[test]
    fn flags_parse_and_rates_are_checked() {
        let c = Config::try_parse_from([
            "x",
            "--fault-fail-rate",
            "0.25",
            "--fault-latency-ms=40",
            "--fault-admin",
            "--ai-url",
            "http://127.0.0.1:11434/v1",
            "--ai-key",
            "sk-secret",
        ])
        .unwrap();
        assert_eq!(c.faults.settings().fail_rate, 0.25);
        assert_eq!(c.faults.settings().latency_ms, 40);
        assert!(c.faults.fault_admin);
        assert!(
            !format!("{c:?}").contains("sk-secret"),
            "keys are never printed"
        );
        assert!(Config::try_parse_from(["x", "--fault-fail-rate", "1.5"]).is_err());
    }

    #[test]
    fn shaper_duplicates_and_swaps() {
        let p = |seq| {
            Arc::new(Published {
                seq,
                event: switchboard_protocol::Event::Unknown,
                json: r#"{"type":"unknown"}"#.into(),
                restricted: false,
                privileged_json: None,
                teams: None,
            })
        };
        let faults = Faults::new(&FaultFlags::default());
        let mut shaper = EventShaper::new(faults.clone());
        let seqs = |v: Vec<Arc<Published>>| v.into_iter().map(|p| p.seq).collect::<Vec<_>>();
        assert_eq!(seqs(shaper.shape(vec![p(1), p(2)])), [1, 2]);
        faults.set(FaultSettings {
            duplicate_events_rate: 1.0,
            ..Default::default()
        });
        assert_eq!(seqs(shaper.shape(vec![p(3)])), [3, 3]);
        faults.set(FaultSettings {
            reorder_events_rate: 1.0,
            ..Default::default()
        });
        assert_eq!(seqs(shaper.shape(vec![p(4), p(5), p(6)])), [5, 4]);
        assert!(shaper.deadline().is_some());
        assert_eq!(seqs(shaper.flush()), [6]);
        assert!(shaper.deadline().is_none());
    }
}
