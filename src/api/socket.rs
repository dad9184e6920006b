//! The socket loop: connect, authenticate, hand each frame to the caller, and reconnect
//! with backoff when the connection drops or goes silent.
//!
//! Frames are consumed through a callback, one call per frame, in arrival order (never
//! through a "latest message" signal, which would drop frames that arrive together).
//!
//! Components send ephemeral frames (typing) with [`send_typing`]: they go through a
//! channel that the live connection drains, and are dropped while there is no live
//! connection (typing is not worth queueing: it lapses in seconds anyway).

use super::auth::stored_token;
use super::wake;
use futures::channel::mpsc::{unbounded, UnboundedSender};
use futures::future::{select, Either};
use futures::{SinkExt, StreamExt};
use gloo_net::websocket::{futures::WebSocket, Message};
use gloo_timers::future::TimeoutFuture;
use std::cell::RefCell;
use switchboard_core::backoff::RECONNECT;
use switchboard_protocol::{ClientFrame, ConversationId, Seq, ServerFrame};

/// The server sends a heartbeat every 10 s; two missed ones (and a margin for a busy
/// server) mean the link is dead, half-open (no close ever comes) or not. A link that
/// went silent is found within 25 s, and the next attempt follows within a second.
const SILENCE_LIMIT_MS: u32 = 25_000;

/// How late the silence timer may be set again after a frame (ms).
const REARM_MS: f64 = 1_000.0;

/// The longest the socket decodes waiting frames before giving the browser a turn (ms).
const SLICE_MS: f64 = 8.0;

/// A monotonic clock in ms (`performance.now()`).
fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or_else(js_sys::Date::now, |p| p.now())
}

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

thread_local! {
    /// Where [`send_typing`] puts frames: the live connection's outgoing channel, if any.
    static OUTGOING: RefCell<Option<UnboundedSender<String>>> = const { RefCell::new(None) };
}

/// Tells the other agents that this one types (`active`) or stopped in a conversation.
/// Returns false when there is no live connection (the frame is dropped, not queued).
pub fn send_typing(conversation_id: ConversationId, active: bool) -> bool {
    let frame = ClientFrame::Typing {
        conversation_id,
        active,
    };
    let text = serde_json::to_string(&frame).expect("a frame always serialises");
    OUTGOING.with(|o| {
        o.borrow()
            .as_ref()
            .is_some_and(|tx| tx.unbounded_send(text).is_ok())
    })
}

/// Tells the other agents which conversation this one has open (`None`: none). Returns
/// false when there is no live connection (the app sends it again once one is live).
pub fn send_viewing(conversation_id: Option<ConversationId>) -> bool {
    let frame = ClientFrame::Viewing { conversation_id };
    let text = serde_json::to_string(&frame).expect("a frame always serialises");
    OUTGOING.with(|o| {
        o.borrow()
            .as_ref()
            .is_some_and(|tx| tx.unbounded_send(text).is_ok())
    })
}

/// Stops [`send_typing`] from using this connection's channel (only this connection's:
/// a newer one may be installed already).
fn release(out: &UnboundedSender<String>) {
    OUTGOING.with(|o| {
        let mut o = o.borrow_mut();
        if o.as_ref().is_some_and(|tx| tx.same_receiver(out)) {
            *o = None;
        }
    });
}

thread_local! {
    /// Whether an unreadable frame has been reported (once per page load is enough).
    static UNREADABLE_REPORTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn socket_url() -> Option<String> {
    let origin = web_sys::window()?.location().origin().ok()?;
    Some(crate::config::get().socket(&origin))
}

/// Runs until a frame handler answers [`Flow::Stop`] or there is no token.
pub async fn run_socket(
    resume_after: impl Fn() -> Option<Seq>,
    on_status: impl Fn(SocketStatus),
    on_frame: impl Fn(ServerFrame) -> Flow,
) {
    // Failed attempts since the socket was last live.
    let mut attempt = 0;
    loop {
        on_status(SocketStatus::Connecting);
        let Some(token) = stored_token() else { return };
        let (flow, was_live) = connect_once(token, resume_after(), &on_status, &on_frame).await;
        if flow == Flow::Stop {
            return;
        }
        on_status(SocketStatus::Down);
        if was_live {
            attempt = 0;
        }
        // Capped, with jitter that spreads many agents' reconnections after an outage
        // (`switchboard_core::backoff`); cut short when the network or the tab comes back.
        wake::wait(RECONNECT.delay_ms(attempt, js_sys::Math::random())).await;
        attempt = attempt.saturating_add(1);
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
    let (out_tx, mut out_rx) = unbounded::<String>();
    let mut silence = Box::pin(TimeoutFuture::new(SILENCE_LIMIT_MS));
    let mut armed_at = now_ms();
    // Frames already waiting (a reconnection's replay: thousands at once) are decoded in
    // slices of at most `SLICE_MS`, with the browser given a turn in between to paint and
    // take the agent's input; a frame that was waited for starts a new slice.
    let mut slice_start = armed_at;
    loop {
        if now_ms() - slice_start >= SLICE_MS {
            TimeoutFuture::new(0).await;
            slice_start = now_ms();
        }
        let next = Box::pin(rx.next());
        let outgoing = out_rx.next();
        let asked = now_ms();
        let got = select(select(next, outgoing), &mut silence).await;
        let now = now_ms();
        if now - asked >= 1.0 {
            slice_start = now;
        }
        let text = match got {
            Either::Left((Either::Left((Some(Ok(Message::Text(t))), _)), _)) => t,
            Either::Left((Either::Left((Some(Ok(Message::Bytes(_))), _)), _)) => continue,
            Either::Left((Either::Right((Some(out), _)), _)) => {
                if tx.send(Message::Text(out)).await.is_err() {
                    release(&out_tx);
                    return (Flow::Reconnect, live);
                }
                continue;
            }
            // `out_tx` lives here, so the outgoing channel never ends on its own.
            Either::Left((Either::Right((None, _)), _)) => continue,
            Either::Left((Either::Left((Some(Err(_)) | None, _)), _)) | Either::Right(_) => {
                release(&out_tx);
                return (Flow::Reconnect, live);
            }
        };
        // Silence is measured from the last frame the server sent, not the last we sent;
        // the timer is set again at most once per `REARM_MS` (a timer per frame cost a
        // `setTimeout` and a `clearTimeout` for each of a replay's thousands of frames),
        // so silence is found after `SILENCE_LIMIT_MS - REARM_MS` at the earliest.
        if now - armed_at >= REARM_MS {
            silence = Box::pin(TimeoutFuture::new(SILENCE_LIMIT_MS));
            armed_at = now;
        }
        // A frame that does not decode is a backend bug: skip it rather than drop the link
        // (an event's missing `seq` then shows as a gap, and the gap brings a resync), and
        // say so once on the console for whoever debugs the backend.
        let frame = match serde_json::from_str::<ServerFrame>(&text) {
            Ok(f) => f,
            Err(e) => {
                if !UNREADABLE_REPORTED.with(|r| r.replace(true)) {
                    web_sys::console::warn_1(
                        &format!(
                            "Switchboard skipped a socket frame it cannot read ({e}): {text:.200}"
                        )
                        .into(),
                    );
                }
                continue;
            }
        };
        if matches!(frame, ServerFrame::Ready { .. }) {
            live = true;
            let out = out_tx.clone();
            OUTGOING.with(|o| *o.borrow_mut() = Some(out));
            on_status(SocketStatus::Live);
        }
        match on_frame(frame) {
            Flow::Continue => {}
            other => {
                release(&out_tx);
                let _ = tx.close().await;
                return (other, live);
            }
        }
    }
}
