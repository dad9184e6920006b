//! The socket checks that wait on the protocol's timers (the first heartbeat, the close
//! of a socket that never authenticates); they run beside all the others.

use super::live::{valid, WAIT};
use super::{Check, Ctx};
use crate::schema::{short, Spec};
use crate::socket::{frame_type, Next, Socket};
use serde_json::Value;
use std::time::{Duration, Instant};
use tokio::task::JoinHandle;

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
