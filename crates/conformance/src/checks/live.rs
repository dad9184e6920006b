//! The socket: auth, `ready`, events without gaps around the send, ping, and the refused
//! token. Resuming is in [`super::resume`], the timed checks in [`super::slow`].

use super::resume::{replay, resume_at_head, resume_old, resync_ahead};
use super::{send, Check, Ctx};
use crate::schema::{short, Spec};
use crate::socket::{frame_type, Next, Socket};
use serde_json::Value;
use std::time::{Duration, Instant};

pub(super) const WAIT: Duration = Duration::from_secs(10);

pub(super) fn valid(spec: &Spec, frame: &Value) -> Result<(), String> {
    spec.validate_named("ServerFrame", frame)
        .map_err(|e| format!("frame {} does not match ServerFrame: {e}", short(frame)))
}

/// Reads `ready` and answers its head.
pub(super) async fn ready(spec: &Spec, socket: &mut Socket) -> Result<u64, String> {
    let frame = socket.next_frame(WAIT, "ready").await?;
    valid(spec, &frame)?;
    if frame_type(&frame) != "ready" {
        return Err(format!("expected ready, got {}", short(&frame)));
    }
    frame
        .get("head")
        .and_then(Value::as_u64)
        .ok_or_else(|| "ready has no head".into())
}

/// One event as seen on the wire.
#[derive(Clone, Debug)]
pub(super) struct Seen {
    pub(super) seq: u64,
    pub(super) event: Value,
}

impl Seen {
    fn kind(&self) -> &str {
        frame_type(&self.event)
    }

    /// A short identity to compare live and replayed copies.
    pub(super) fn key(&self) -> String {
        let id = self
            .event
            .pointer("/message/id")
            .or_else(|| self.event.pointer("/conversation/id"))
            .map(Value::to_string)
            .unwrap_or_default();
        format!("{}#{}:{id}", self.seq, self.kind())
    }
}

/// Every socket check but the slow ones; the send runs while the first socket listens.
pub(crate) async fn run(ctx: &mut Ctx<'_>) {
    let spec = ctx.spec;
    let base = ctx.http.base().to_owned();
    let r = unauthorized(spec, &base).await;
    ctx.record("socket-unauthorized", r);

    let opened = async {
        let token = ctx.token()?;
        let mut socket = Socket::open(&base, &token, None).await?;
        let head = ready(spec, &mut socket).await?;
        Ok::<_, String>((socket, head))
    }
    .await;
    ctx.record(
        "socket-ready",
        opened
            .as_ref()
            .map(|(_, h)| Some(format!("head {h}")))
            .map_err(Clone::clone),
    );
    let client_id = send::run(ctx).await;
    let (mut socket, head) = match opened {
        Ok(pair) => pair,
        Err(_) => {
            for name in NEEDS_READY {
                ctx.record(name, Err("not run: socket-ready failed".into()));
            }
            return;
        }
    };
    let seen = collect(
        spec,
        &mut socket,
        head,
        client_id.as_deref(),
        ctx.conversation,
    )
    .await;
    let r = seen
        .as_ref()
        .map(|s| Some(format!("{} events from seq {}", s.len(), head + 1)))
        .map_err(Clone::clone);
    ctx.record("socket-events-gapless", r);
    let r = match (&seen, &client_id) {
        (Ok(seen), Some(c)) => send_events(seen, c, ctx.conversation),
        (Err(_), _) => Err("not run: socket-events-gapless failed".into()),
        (_, None) => Err("not run: send-note failed".into()),
    };
    ctx.record("socket-send-events", r);
    let r = match (&seen, &client_id) {
        (Ok(seen), Some(c)) => echo_once(seen, c),
        (Err(_), _) => Err("not run: socket-events-gapless failed".into()),
        (_, None) => Err("not run: send-note failed".into()),
    };
    ctx.record("socket-echo-once", r);
    let r = match &seen {
        Ok(seen) => replay(ctx, head, seen).await,
        Err(_) => Err("not run: socket-events-gapless failed".into()),
    };
    ctx.record("socket-replay", r);
    let r = resume_at_head(ctx).await;
    ctx.record("socket-resume-at-head", r);
    let r = resync_ahead(ctx).await;
    ctx.record("socket-resync-ahead", r);
    let r = resume_old(ctx).await;
    ctx.record("socket-resume-old", r);
    let r = ping(spec, &mut socket).await;
    ctx.record("socket-ping", r);
    socket.close().await;
}

const NEEDS_READY: [&str; 8] = [
    "socket-events-gapless",
    "socket-send-events",
    "socket-echo-once",
    "socket-replay",
    "socket-resume-at-head",
    "socket-resync-ahead",
    "socket-resume-old",
    "socket-ping",
];

/// A bad token: `unauthorized`, then the socket closes.
async fn unauthorized(spec: &Spec, base: &str) -> Check {
    let mut socket = Socket::open(base, "conformance-not-a-token", None).await?;
    let frame = socket.next_frame(WAIT, "unauthorized").await?;
    valid(spec, &frame)?;
    if frame_type(&frame) != "unauthorized" {
        return Err(format!("expected unauthorized, got {}", short(&frame)));
    }
    match socket.next_within(Duration::from_secs(5)).await? {
        Next::Closed => Ok(None),
        Next::Frame(f) => Err(format!("after unauthorized the socket sent {}", short(&f))),
        Next::Timeout => Err("the socket stayed open 5 s after unauthorized".into()),
    }
}

/// Events after `head` until the note's `message_created` and the `conversation_updated`
/// after it have come, then a quiet second more (a second echo would show there).
/// Every frame is valid and `seq` runs `head+1, head+2, …` without a gap.
async fn collect(
    spec: &Spec,
    socket: &mut Socket,
    head: u64,
    client_id: Option<&str>,
    conversation: Option<i64>,
) -> Result<Vec<Seen>, String> {
    let mut seen: Vec<Seen> = Vec::new();
    let deadline = tokio::time::Instant::now() + WAIT;
    let mut quiet_until: Option<tokio::time::Instant> = None;
    loop {
        let until = quiet_until.unwrap_or(deadline).min(deadline);
        let frame = match socket.next_until(until).await? {
            Next::Frame(f) => f,
            Next::Closed => return Err("the socket closed".into()),
            Next::Timeout if quiet_until.is_some() || client_id.is_none() => return Ok(seen),
            Next::Timeout => {
                return Err(format!(
                    "no message_created for the note and conversation_updated within {} s ({} events seen)",
                    WAIT.as_secs(),
                    seen.len()
                ))
            }
        };
        valid(spec, &frame)?;
        if frame_type(&frame) != "event" {
            continue;
        }
        let seq = frame
            .get("seq")
            .and_then(Value::as_u64)
            .ok_or("an event without seq")?;
        let expected = seen.last().map_or(head + 1, |s| s.seq + 1);
        if seq != expected {
            return Err(format!("expected seq {expected}, got {seq}"));
        }
        seen.push(Seen {
            seq,
            event: frame["event"].clone(),
        });
        if quiet_until.is_none()
            && client_id.is_some_and(|c| send_events(&seen, c, conversation).is_ok())
        {
            quiet_until = Some(tokio::time::Instant::now() + Duration::from_secs(1));
        }
    }
}

/// The note's `message_created` (with its client id) and then a `conversation_updated`.
fn send_events(seen: &[Seen], client_id: &str, conversation: Option<i64>) -> Check {
    let created = seen.iter().position(|s| {
        s.kind() == "message_created"
            && s.event
                .pointer("/message/client_id")
                .and_then(Value::as_str)
                == Some(client_id)
    });
    let Some(at) = created else {
        return Err(format!("no message_created with client_id {client_id}"));
    };
    let updated = seen[at + 1..].iter().any(|s| {
        s.kind() == "conversation_updated"
            && s.event.pointer("/conversation/id").and_then(Value::as_i64) == conversation
    });
    if updated {
        Ok(Some(format!("message_created at seq {}", seen[at].seq)))
    } else {
        Err(format!(
            "no conversation_updated after the message_created at seq {}",
            seen[at].seq
        ))
    }
}

/// The repeat and the refused send emitted nothing: one `message_created` for the note.
fn echo_once(seen: &[Seen], client_id: &str) -> Check {
    let n = seen
        .iter()
        .filter(|s| {
            s.kind() == "message_created"
                && s.event
                    .pointer("/message/client_id")
                    .and_then(Value::as_str)
                    == Some(client_id)
        })
        .count();
    match n {
        1 => Ok(None),
        n => Err(format!("expected 1 message_created for the note, got {n}")),
    }
}

/// A `ping` is answered by a heartbeat.
async fn ping(spec: &Spec, socket: &mut Socket) -> Check {
    socket.send(&serde_json::json!({ "type": "ping" })).await?;
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let frame = socket
            .next_frame(
                deadline.saturating_duration_since(Instant::now()),
                "a heartbeat after ping",
            )
            .await?;
        valid(spec, &frame)?;
        if frame_type(&frame) == "heartbeat" {
            return Ok(None);
        }
    }
}
