//! The socket: auth, `ready`, events without gaps around the send, replay after
//! `resume_after`, `resync_required`, ping, heartbeats, and the refusals.

use super::{send, Check, Ctx};
use crate::schema::{short, Spec};
use crate::socket::{frame_type, Next, Socket};
use serde_json::Value;
use std::time::{Duration, Instant};
use tokio::task::JoinHandle;

const WAIT: Duration = Duration::from_secs(10);

/// The checks that wait on the protocol's timers, running in the background.
pub(crate) struct Slow {
    heartbeat: JoinHandle<Check>,
    silent: JoinHandle<(Check, Check)>,
}

/// Starts `socket-heartbeat` and the silent socket's checks.
pub(crate) fn start_slow(ctx: &Ctx<'_>) -> Slow {
    let base = ctx.http.base().to_owned();
    let token = ctx.token();
    let wait = ctx.options.heartbeat_wait;
    let heartbeat = tokio::spawn({
        let base = base.clone();
        async move { heartbeat(&base, &token?, wait).await }
    });
    let auth_wait = ctx.options.auth_wait;
    let silent = tokio::spawn(async move { silent(&base, auth_wait).await });
    Slow { heartbeat, silent }
}

/// Records the slow checks once they end.
pub(crate) async fn finish_slow(ctx: &mut Ctx<'_>, slow: Slow) {
    let (nothing, closes) = slow
        .silent
        .await
        .unwrap_or_else(|e| (Err(e.to_string()), Err(e.to_string())));
    ctx.record("socket-nothing-before-auth", nothing);
    ctx.record("socket-auth-timeout", closes);
    let r = slow.heartbeat.await.unwrap_or_else(|e| Err(e.to_string()));
    ctx.record("socket-heartbeat", r);
}

/// The first unprompted heartbeat comes within the interval.
async fn heartbeat(base: &str, token: &str, wait: Duration) -> Check {
    let spec = Spec::embedded();
    let mut socket = Socket::open(base, token, None).await?;
    let ready = socket.next_frame(WAIT, "ready").await?;
    valid(spec, &ready)?;
    let started = Instant::now();
    loop {
        let frame = socket
            .next_frame(wait.saturating_sub(started.elapsed()), "a heartbeat")
            .await?;
        valid(spec, &frame)?;
        if frame_type(&frame) == "heartbeat" {
            socket.close().await;
            return Ok(Some(format!(
                "after {:.1} s",
                started.elapsed().as_secs_f32()
            )));
        }
    }
}

/// A socket that never authenticates gets nothing, and is closed within the auth window.
async fn silent(base: &str, wait: Duration) -> (Check, Check) {
    let mut socket = match Socket::connect(base).await {
        Ok(s) => s,
        Err(e) => return (Err(e.clone()), Err(e)),
    };
    let started = Instant::now();
    let deadline = tokio::time::Instant::now() + wait;
    let mut first: Option<Value> = None;
    loop {
        match socket.next_until(deadline).await {
            Ok(Next::Frame(f)) => {
                first.get_or_insert(f);
            }
            Ok(Next::Closed) => break,
            Ok(Next::Timeout) => {
                let nothing =
                    first.map_or(Ok(None), |f| Err(format!("sent {} before auth", short(&f))));
                return (
                    nothing,
                    Err(format!(
                        "still open after {} s without auth",
                        wait.as_secs()
                    )),
                );
            }
            Err(e) => return (Err(e.clone()), Err(e)),
        }
    }
    let nothing = first.map_or(Ok(None), |f| Err(format!("sent {} before auth", short(&f))));
    (
        nothing,
        Ok(Some(format!(
            "closed after {:.1} s",
            started.elapsed().as_secs_f32()
        ))),
    )
}

fn valid(spec: &Spec, frame: &Value) -> Result<(), String> {
    spec.validate_named("ServerFrame", frame)
        .map_err(|e| format!("frame {} does not match ServerFrame: {e}", short(frame)))
}

/// Reads `ready` and answers its head.
async fn ready(spec: &Spec, socket: &mut Socket) -> Result<u64, String> {
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
struct Seen {
    seq: u64,
    event: Value,
}

impl Seen {
    fn kind(&self) -> &str {
        frame_type(&self.event)
    }

    /// A short identity to compare live and replayed copies.
    fn key(&self) -> String {
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

/// `resume_after: head` replays the same events, in order, from `head+1`.
async fn replay(ctx: &Ctx<'_>, head: u64, live: &[Seen]) -> Check {
    let mut socket = Socket::open(ctx.http.base(), &ctx.token()?, Some(head)).await?;
    let now = ready(ctx.spec, &mut socket).await?;
    let last = live.last().map_or(head, |s| s.seq);
    if now < last {
        return Err(format!(
            "ready head {now} is behind seq {last} already sent"
        ));
    }
    let mut replayed = Vec::new();
    while replayed.len() < live.len() {
        let frame = socket.next_frame(WAIT, "the replayed events").await?;
        valid(ctx.spec, &frame)?;
        match frame_type(&frame) {
            "event" => {}
            "resync_required" => {
                return Err(format!(
                    "resync_required for resume_after {head}, a seq just sent"
                ))
            }
            _ => continue,
        }
        let seq = frame
            .get("seq")
            .and_then(Value::as_u64)
            .ok_or("an event without seq")?;
        let expected = head + 1 + replayed.len() as u64;
        if seq != expected {
            return Err(format!("expected replayed seq {expected}, got {seq}"));
        }
        replayed.push(Seen {
            seq,
            event: frame["event"].clone(),
        });
    }
    socket.close().await;
    for (a, b) in live.iter().zip(&replayed) {
        if a.key() != b.key() {
            return Err(format!("live {} but replayed {}", a.key(), b.key()));
        }
    }
    Ok(Some(format!("{} events", replayed.len())))
}

/// The current head, from a fresh socket's `ready`.
async fn current_head(ctx: &Ctx<'_>) -> Result<u64, String> {
    let mut s = Socket::open(ctx.http.base(), &ctx.token()?, None).await?;
    let head = ready(ctx.spec, &mut s).await?;
    s.close().await;
    Ok(head)
}

/// `resume_after` equal to the head replays nothing: `ready`, no `resync_required`, and
/// any live event after it continues at `head+1`.
async fn resume_at_head(ctx: &Ctx<'_>) -> Check {
    let head = current_head(ctx).await?;
    let mut socket = Socket::open(ctx.http.base(), &ctx.token()?, Some(head)).await?;
    let now = ready(ctx.spec, &mut socket).await?;
    if now < head {
        return Err(format!("ready head {now} is behind {head}"));
    }
    let deadline = tokio::time::Instant::now() + Duration::from_secs(1);
    let mut next = head + 1;
    loop {
        let frame = match socket.next_until(deadline).await? {
            Next::Frame(f) => f,
            Next::Closed => return Err("the socket closed".into()),
            Next::Timeout => break,
        };
        valid(ctx.spec, &frame)?;
        match frame_type(&frame) {
            "resync_required" => {
                return Err(format!("resync_required for resume_after {head}, the head"))
            }
            "event" => {
                let seq = frame
                    .get("seq")
                    .and_then(Value::as_u64)
                    .ok_or("an event without seq")?;
                if seq != next {
                    return Err(format!("expected seq {next}, got {seq}"));
                }
                next += 1;
            }
            _ => {}
        }
    }
    socket.close().await;
    Ok(None)
}

/// `resume_after` far beyond the head (a restarted server): `ready`, then
/// `resync_required` with the same head.
async fn resync_ahead(ctx: &Ctx<'_>) -> Check {
    let after = current_head(ctx).await? + 1_000_000;
    let mut socket = Socket::open(ctx.http.base(), &ctx.token()?, Some(after)).await?;
    let head = ready(ctx.spec, &mut socket).await?;
    let frame = socket.next_frame(WAIT, "resync_required").await?;
    valid(ctx.spec, &frame)?;
    socket.close().await;
    if frame_type(&frame) != "resync_required" {
        return Err(format!(
            "resume_after {after}: expected resync_required, got {}",
            short(&frame)
        ));
    }
    match frame.get("head").and_then(Value::as_u64) {
        Some(h) if h >= head => Ok(None),
        h => Err(format!(
            "resync_required head {h:?} is behind ready's {head}"
        )),
    }
}

/// `resume_after: 0`: every event from seq 1 to the head, or `resync_required` when the
/// oldest are no longer retained.
async fn resume_old(ctx: &Ctx<'_>) -> Check {
    let mut socket = Socket::open(ctx.http.base(), &ctx.token()?, Some(0)).await?;
    let head = ready(ctx.spec, &mut socket).await?;
    let mut next = 1;
    let deadline = Duration::from_secs(30);
    let started = Instant::now();
    while next <= head {
        let frame = socket
            .next_frame(
                deadline.saturating_sub(started.elapsed()),
                "the replay from seq 1",
            )
            .await?;
        valid(ctx.spec, &frame)?;
        match frame_type(&frame) {
            "resync_required" => {
                socket.close().await;
                return Ok(Some("resync_required".into()));
            }
            "event" => {}
            _ => continue,
        }
        let seq = frame
            .get("seq")
            .and_then(Value::as_u64)
            .ok_or("an event without seq")?;
        if seq != next {
            return Err(format!("expected replayed seq {next}, got {seq}"));
        }
        next += 1;
    }
    socket.close().await;
    Ok(Some(format!("replayed {head} events")))
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
