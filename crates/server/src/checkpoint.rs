//! WAL checkpoints off the request path.
//!
//! By default SQLite checkpoints inside the commit that takes the WAL past 1,000 pages:
//! that commit copies the WAL back into the file and fsyncs both, while the request that
//! made it (and every request queued behind the one connection) waits. Measured on the
//! project's machine under load, those fsyncs took 7 ms at the median and up to 66 ms, some
//! 300 ms of a burst of 1,000 inbound messages (`docs/benchmarks.md`, "Inbound burst").
//!
//! So the server's connection does not checkpoint on commit ([`detach`]); a task of its own
//! runs a passive checkpoint every [`EVERY`] on a connection of its own ([`run`]). A
//! passive checkpoint never blocks the writer, which keeps appending to the WAL meanwhile;
//! SQLite restarts the WAL from its beginning once a checkpoint has caught up. Durability
//! is unchanged: commits were not synced before either (`synchronous = NORMAL`, see
//! [`crate::db`]), and the file is fsynced by the checkpoint as before.

use rusqlite::Connection;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::watch;

/// Pause between two checkpoints: a burst of messages grows the WAL by a few thousand
/// pages a second at most, so it stays small.
pub const EVERY: Duration = Duration::from_millis(500);

/// Turns off the checkpoint in the commits of `conn` (the server's writing connection).
pub fn detach(conn: &Connection) -> rusqlite::Result<()> {
    conn.pragma_update(None, "wal_autocheckpoint", 0)
}

/// Checkpoints every [`EVERY`] on `conn` until the server stops, then once more.
pub async fn run(conn: Connection, mut shutdown: watch::Receiver<bool>) {
    let conn = Arc::new(Mutex::new(conn));
    let mut tick = tokio::time::interval(EVERY);
    loop {
        let stop = tokio::select! {
            _ = shutdown.changed() => true,
            _ = tick.tick() => false,
        };
        let c = conn.clone();
        let done = tokio::task::spawn_blocking(move || {
            let conn = c
                .lock()
                .map_err(|_| "checkpoint lock poisoned".to_owned())?;
            conn.execute_batch("PRAGMA wal_checkpoint(PASSIVE)")
                .map_err(|e| e.to_string())
        })
        .await;
        if let Ok(Err(e)) = done {
            eprintln!("checkpoint: {e}");
        }
        if stop {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    /// With the writer detached, commits leave everything in the WAL (past the 1,000
    /// pages at which SQLite would checkpoint by itself), and [`super::run`] brings it
    /// into the file.
    #[tokio::test]
    async fn commits_do_not_checkpoint_and_the_task_does() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.sqlite3");
        let writer = crate::db::open(&path).unwrap();
        super::detach(&writer).unwrap();
        writer.execute_batch("CREATE TABLE t (x BLOB)").unwrap();
        for _ in 0..1500 {
            writer
                .execute("INSERT INTO t VALUES (zeroblob(4000))", [])
                .unwrap();
        }
        let len = |p: &std::path::Path| std::fs::metadata(p).unwrap().len();
        let wal = path.with_extension("sqlite3-wal");
        assert!(len(&wal) > 1400 * 4096, "the WAL kept every page");
        assert!(len(&path) < 1_000_000, "nothing was checkpointed yet");
        let (stop, shutdown) = tokio::sync::watch::channel(false);
        let task = tokio::spawn(super::run(crate::db::open(&path).unwrap(), shutdown));
        tokio::time::sleep(super::EVERY / 2).await;
        stop.send(true).unwrap();
        task.await.unwrap();
        assert!(
            len(&path) > 1500 * 4000,
            "the task checkpointed the WAL into the file"
        );
    }
}
