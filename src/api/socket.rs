//! The socket loop: connect, authenticate, hand each frame to the caller, and reconnect
//! with backoff when the connection drops or goes silent.
//!
//! Frames are consumed through a callback, one call per frame, in arrival order (never
//! through a "latest message" signal, which would drop frames that arrive together).

use super::auth::stored_token;
use futures::future::{select, Either};
use futures::{SinkExt, StreamExt};
use gloo_net::websocket::{futures::WebSocket, Message};
use gloo_timers::future::TimeoutFuture;
use switchboard_protocol::{ClientFrame, Seq, ServerFrame, API_PREFIX};

/// The server sends a heartbeat every 15 s; three missed ones mean the link is dead.
const SILENCE_LIMIT_MS: u32 = 45_000;
/// First reconnection delay; doubles up to [`MAX_BACKOFF_MS`].
const MIN_BACKOFF_MS: u32 = 500;
/// Longest wait between two attempts.
const MAX_BACKOFF_MS: u32 = 10_000;

/// The state of the connection, for the status line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SocketStatus {
    /// Opening or authenticating.
    Connecting,
    /// Authenticated and receiving.
    Live,
    /// Dropped; a new attempt follows.
    Down,
}

/// What the caller wants after a frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    /// Keep going.
    Continue,
    /// Close and connect again (resuming from the last applied event).
    Reconnect,
    /// Close and return (the token was refused).
    Stop,
}

fn socket_url() -> Option<String> {
    let loc = web_sys::window()?.location();
    let scheme = if loc.protocol().ok()? == "https:" {
        "wss"
    } else {
        "ws"
    };
    Some(format!("{scheme}://{}{API_PREFIX}/ws", loc.host().ok()?))
}

/// Runs until a frame handler answers [`Flow::Stop`] or there is no token.
pub async fn run_socket(
    resume_after: impl Fn() -> Option<Seq>,
    on_status: impl Fn(SocketStatus),
    on_frame: impl Fn(ServerFrame) -> Flow,
) {
    let mut backoff = MIN_BACKOFF_MS;
    loop {
        on_status(SocketStatus::Connecting);
        let Some(token) = stored_token() else { return };
        let (flow, was_live) = connect_once(token, resume_after(), &on_status, &on_frame).await;
        if flow == Flow::Stop {
            return;
        }
        on_status(SocketStatus::Down);
        if was_live {
            backoff = MIN_BACKOFF_MS;
        }
        // Jitter spreads the reconnections of many agents after a server restart.
        let jitter = (js_sys::Math::random() * f64::from(backoff) / 2.0) as u32;
        TimeoutFuture::new(backoff + jitter).await;
        backoff = (backoff * 2).min(MAX_BACKOFF_MS);
    }
}

/// One connection, from open to close. Returns why it ended and whether it got live.
async fn connect_once(
    token: String,
    resume_after: Option<Seq>,
    on_status: &impl Fn(SocketStatus),
    on_frame: &impl Fn(ServerFrame) -> Flow,
) -> (Flow, bool) {
    let Some(url) = socket_url() else {
        return (Flow::Stop, false);
    };
    let Ok(ws) = WebSocket::open(&url) else {
        return (Flow::Reconnect, false);
    };
    let (mut tx, mut rx) = ws.split();
    let auth = ClientFrame::Auth {
        token,
        resume_after,
    };
    let auth = serde_json::to_string(&auth).expect("a frame always serialises");
    if tx.send(Message::Text(auth)).await.is_err() {
        return (Flow::Reconnect, false);
    }
    let mut live = false;
    loop {
        let next = Box::pin(rx.next());
        let silence = Box::pin(TimeoutFuture::new(SILENCE_LIMIT_MS));
        let text = match select(next, silence).await {
            Either::Left((Some(Ok(Message::Text(t))), _)) => t,
            Either::Left((Some(Ok(Message::Bytes(_))), _)) => continue,
            Either::Left((Some(Err(_)) | None, _)) | Either::Right(_) => {
                return (Flow::Reconnect, live)
            }
        };
        // A frame that does not decode is a backend bug: skip it rather than drop the link.
        let Ok(frame) = serde_json::from_str::<ServerFrame>(&text) else {
            continue;
        };
        if matches!(frame, ServerFrame::Ready { .. }) {
            live = true;
            on_status(SocketStatus::Live);
        }
        match on_frame(frame) {
            Flow::Continue => {}
            other => {
                let _ = tx.close().await;
                return (other, live);
            }
        }
    }
}
