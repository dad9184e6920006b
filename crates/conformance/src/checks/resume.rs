//! Resuming: replay after `resume_after`, nothing at the head, `resync_required` beyond
//! it, and the whole log (or `resync_required`) from seq 0.

use super::live::{ready, valid, Seen, WAIT};
use super::{Check, Ctx};
use crate::schema::short;
use crate::socket::{frame_type, Next, Socket};
use serde_json::Value;
use std::time::{Duration, Instant};

/// `resume_after: head` replays the same events, in order, from `head+1`.
pub(super) async fn replay(ctx: &Ctx<'_>, head: u64, live: &[Seen]) -> Check {
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
pub(super) async fn resume_at_head(ctx: &Ctx<'_>) -> Check {
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
pub(super) async fn resync_ahead(ctx: &Ctx<'_>) -> Check {
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
pub(super) async fn resume_old(ctx: &Ctx<'_>) -> Check {
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
