//! A WebSocket client for `GET /api/v1/ws` that reads JSON frames with deadlines.

use futures_util::{SinkExt, StreamExt};
use serde_json::Value;
use std::time::Duration;
use tokio::net::TcpStream;
use tokio::time::{timeout_at, Instant};
use tokio_tungstenite::tungstenite::Message as WsMessage;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

/// What waiting for the next frame gave.
#[derive(Debug)]
pub enum Next {
    /// A JSON text frame.
    Frame(Value),
    /// The server closed the socket (or the connection ended).
    Closed,
    /// Nothing came before the deadline.
    Timeout,
}

/// One open socket.
pub struct Socket {
    ws: WebSocketStream<MaybeTlsStream<TcpStream>>,
}

/// The socket URL for a backend base URL (`http` → `ws`, `https` → `wss`).
pub fn socket_url(base: &str) -> String {
    let rest = base
        .strip_prefix("https://")
        .map(|r| format!("wss://{r}"))
        .or_else(|| base.strip_prefix("http://").map(|r| format!("ws://{r}")))
        .unwrap_or_else(|| base.to_owned());
    format!("{}/api/v1/ws", rest.trim_end_matches('/'))
}

impl Socket {
    /// Opens the socket (nothing sent yet).
    pub async fn connect(base: &str) -> Result<Socket, String> {
        let url = socket_url(base);
        let fut = tokio_tungstenite::connect_async(url.as_str());
        let (ws, _) = tokio::time::timeout(Duration::from_secs(10), fut)
            .await
            .map_err(|_| format!("{url}: no upgrade within 10 s"))?
            .map_err(|e| format!("{url}: {e}"))?;
        Ok(Socket { ws })
    }

    /// Opens the socket and sends the `auth` frame.
    pub async fn open(
        base: &str,
        token: &str,
        resume_after: Option<u64>,
    ) -> Result<Socket, String> {
        let mut socket = Socket::connect(base).await?;
        let mut auth = serde_json::json!({ "type": "auth", "token": token });
        if let Some(after) = resume_after {
            auth["resume_after"] = after.into();
        }
        socket.send(&auth).await?;
        Ok(socket)
    }

    /// Sends one JSON frame.
    pub async fn send(&mut self, frame: &Value) -> Result<(), String> {
        self.ws
            .send(WsMessage::Text(frame.to_string().into()))
            .await
            .map_err(|e| format!("sending a frame failed: {e}"))
    }

    /// The next JSON frame before `deadline`. A text frame that is not JSON, or a binary
    /// frame, is an error: the protocol carries JSON text frames only.
    pub async fn next_until(&mut self, deadline: Instant) -> Result<Next, String> {
        loop {
            let got = match timeout_at(deadline, self.ws.next()).await {
                Err(_) => return Ok(Next::Timeout),
                Ok(got) => got,
            };
            match got {
                None | Some(Err(_)) | Some(Ok(WsMessage::Close(_))) => return Ok(Next::Closed),
                Some(Ok(WsMessage::Text(text))) => {
                    return serde_json::from_str(text.as_str())
                        .map(Next::Frame)
                        .map_err(|e| format!("a text frame is not JSON ({e}): {text}"));
                }
                Some(Ok(WsMessage::Binary(_))) => {
                    return Err("a binary frame (the protocol uses JSON text frames)".into())
                }
                Some(Ok(_)) => {}
            }
        }
    }

    /// The next JSON frame within `wait`.
    pub async fn next_within(&mut self, wait: Duration) -> Result<Next, String> {
        self.next_until(Instant::now() + wait).await
    }

    /// The next frame that is not ephemeral (`typing`, `presence`, `viewing` or unknown
    /// frames without `seq` are skipped), within `wait`; an error on close or timeout.
    pub async fn next_frame(&mut self, wait: Duration, waiting_for: &str) -> Result<Value, String> {
        let deadline = Instant::now() + wait;
        loop {
            match self.next_until(deadline).await? {
                Next::Frame(f) if is_ephemeral(&f) => continue,
                Next::Frame(f) => return Ok(f),
                Next::Closed => {
                    return Err(format!("the socket closed while waiting for {waiting_for}"))
                }
                Next::Timeout => {
                    return Err(format!("no {waiting_for} within {} s", wait.as_secs_f32()))
                }
            }
        }
    }

    /// Closes the socket politely.
    pub async fn close(mut self) {
        let _ = self.ws.close(None).await;
    }
}

/// The frame's `type`.
pub fn frame_type(frame: &Value) -> &str {
    frame.get("type").and_then(Value::as_str).unwrap_or("")
}

/// Frames that carry no `seq` and may come any time: typing, presence, and frame types the
/// protocol does not define (a client skips them).
pub fn is_ephemeral(frame: &Value) -> bool {
    !matches!(
        frame_type(frame),
        "ready" | "event" | "resync_required" | "heartbeat" | "unauthorized"
    )
}
