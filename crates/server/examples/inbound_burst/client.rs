//! The client side of the burst: `POST /api/v1/inbound` with a fixed number of requests in
//! flight over keep-alive connections (as `impls/switchboard/adapter.mjs` of the peers
//! harness sends them), and a socket that counts the events it is sent.
//!
//! The socket reader does not decode frames: it only recognises event frames by their
//! opening bytes and stamps their arrival, so the client's own JSON work does not blur the
//! server's figures on a 2-core machine.

use futures_util::{SinkExt, StreamExt};
use std::cell::{Cell, RefCell};
use std::net::SocketAddr;
use std::time::{Duration, Instant};
use switchboard_protocol::{ClientFrame, ServerFrame};
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::Message as WsMessage;

/// What one run of requests took.
pub struct Run {
    /// From the first request out to the last answer in.
    pub wall: Duration,
    /// Each request's round trip.
    pub rtts: Vec<Duration>,
    /// When the last answer came in.
    pub ended: Instant,
}

impl Run {
    /// The `q`-quantile (0.0 to 1.0) of the round trips.
    pub fn rtt(&self, q: f64) -> Duration {
        let mut v = self.rtts.clone();
        v.sort();
        v[((v.len() - 1) as f64 * q).round() as usize]
    }
}

/// Sends `count` requests made by `request(i)`, `in_flight` at a time (each worker sends
/// its next one when its previous answer is in, like the harness's workers); every answer
/// must have status `expect`.
pub async fn run<F>(count: usize, in_flight: usize, expect: u16, request: F) -> Run
where
    F: Fn(usize) -> reqwest::RequestBuilder,
{
    let next = Cell::new(0usize);
    let rtts = RefCell::new(Vec::with_capacity(count));
    let worker = || async {
        loop {
            let i = next.get();
            if i >= count {
                return;
            }
            next.set(i + 1);
            let sent = Instant::now();
            let answer = request(i).send().await.expect("request goes through");
            let status = answer.status().as_u16();
            let body = answer.bytes().await.expect("answer reads");
            assert_eq!(status, expect, "{}", String::from_utf8_lossy(&body));
            rtts.borrow_mut().push(sent.elapsed());
        }
    };
    let started = Instant::now();
    futures_util::future::join_all((0..in_flight.min(count)).map(|_| worker())).await;
    Run {
        wall: started.elapsed(),
        rtts: rtts.into_inner(),
        ended: Instant::now(),
    }
}

/// What the socket reader reports.
pub enum Heard {
    /// An event frame arrived at this instant.
    Event(Instant),
    /// The server told the socket to resync (it fell behind the live broadcast and the
    /// event log could not catch it up).
    Resync,
}

/// Opens a socket as the app does (`auth` first, then waits for `ready`) and reads it in
/// a task of its own; what it hears comes out of the returned channel.
pub async fn socket(addr: SocketAddr, token: &str) -> mpsc::UnboundedReceiver<Heard> {
    let (mut ws, _) = tokio_tungstenite::connect_async(format!("ws://{addr}/api/v1/ws"))
        .await
        .expect("socket connects");
    let auth = ClientFrame::Auth {
        token: token.into(),
        resume_after: None,
    };
    let auth = serde_json::to_string(&auth).expect("auth frame encodes");
    ws.send(WsMessage::Text(auth.into()))
        .await
        .expect("auth is sent");
    loop {
        match ws.next().await {
            Some(Ok(WsMessage::Text(t))) => {
                if let Ok(ServerFrame::Ready { .. }) = serde_json::from_str(t.as_str()) {
                    break;
                }
            }
            Some(Ok(_)) => {}
            other => panic!("socket ended before ready: {other:?}"),
        }
    }
    let (tx, rx) = mpsc::unbounded_channel();
    tokio::spawn(async move {
        while let Some(Ok(msg)) = ws.next().await {
            let WsMessage::Text(t) = msg else { continue };
            let heard = if t.as_str().starts_with(r#"{"type":"event""#) {
                Heard::Event(Instant::now())
            } else if t.as_str().starts_with(r#"{"type":"resync_required""#) {
                Heard::Resync
            } else {
                continue;
            };
            if tx.send(heard).is_err() {
                return;
            }
        }
    });
    rx
}

/// What the socket got for one burst.
pub struct Fanout {
    /// Event frames received.
    pub events: usize,
    /// `resync_required` frames received.
    pub resyncs: usize,
    /// When the last expected event arrived (`None`: not all arrived within the wait).
    pub last: Option<Instant>,
}

/// Waits (up to `wait`) for `expected` event frames from the socket reader.
pub async fn collect(
    rx: &mut mpsc::UnboundedReceiver<Heard>,
    expected: usize,
    wait: Duration,
) -> Fanout {
    let mut out = Fanout {
        events: 0,
        resyncs: 0,
        last: None,
    };
    let deadline = tokio::time::Instant::now() + wait;
    while out.events < expected {
        match tokio::time::timeout_at(deadline, rx.recv()).await {
            Ok(Some(Heard::Event(at))) => {
                out.events += 1;
                if out.events == expected {
                    out.last = Some(at);
                }
            }
            Ok(Some(Heard::Resync)) => out.resyncs += 1,
            Ok(None) | Err(_) => break,
        }
    }
    out
}
