//! The SQLite store: one file in WAL mode, foreign keys on, migrations embedded and applied
//! in order, tracked by `PRAGMA user_version`.
//!
//! Invariant: every write that creates a message also writes its events in the same
//! transaction (see [`messages`]), so a crash never leaves a message without its events.
//!
//! Durability: WAL with `synchronous = NORMAL`, SQLite's recommended setting for WAL. A
//! commit appends its pages to the WAL and is not synced on its own; the WAL is synced
//! when it is checkpointed into the file. A crash of the process loses nothing that was
//! committed (the pages are with the operating system); a power loss can lose the last
//! transactions before it, but never corrupts the file or splits a transaction, so the
//! invariant above still holds. `FULL` would add an fsync to every message: from 0.75 ms
//! to tens of ms each on the project's machine, as much as the whole inbound transaction
//! or far more (`docs/benchmarks.md`, "Inbound burst"). The server's own connection does
//! not checkpoint in its commits either: [`crate::checkpoint`] does it beside them.

pub mod accounts;
pub mod actions;
pub mod activity;
pub mod agents;
pub mod compose;
pub mod contact_search;
pub mod contacts;
pub mod conversations;
pub mod counts;
pub mod crm;
pub mod deals;
pub mod delivery;
pub mod devices;
pub mod history;
pub mod inbound;
pub mod messages;
pub mod outbound;
pub mod plan;
pub mod query;
pub mod reach;
pub mod rows;
pub mod schedule;
pub mod send;
pub mod settings;
pub mod signing;
pub mod tasks;
pub mod teams;
pub mod templates;
pub mod uploads;
pub mod views;

use rusqlite::config::DbConfig;
use rusqlite::Connection;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The shared connection. Work on it only inside `spawn_blocking`.
pub type Db = Arc<Mutex<Connection>>;

/// The embedded migrations, in order; the n-th brings the schema to `user_version` n.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/001_init.sql"),
    include_str!("migrations/002_ai.sql"),
    include_str!("migrations/003_access.sql"),
    include_str!("migrations/004_conversations.sql"),
    include_str!("migrations/005_messages.sql"),
    include_str!("migrations/006_contacts.sql"),
    include_str!("migrations/007_privileged_events.sql"),
    include_str!("migrations/008_business_accounts.sql"),
    include_str!("migrations/009_agent_accounts.sql"),
    include_str!("migrations/010_devices.sql"),
    include_str!("migrations/011_mention_index.sql"),
    include_str!("migrations/012_refresh.sql"),
];

/// How much of the database file is read through a memory map.
const MMAP_BYTES: i64 = 256 << 20;
/// SQLite's page cache per connection, in KiB.
const CACHE_KIB: i64 = 16 << 10;
/// How many prepared statements a connection keeps for reuse.
const STATEMENT_CACHE: usize = 64;

/// Opens (creating if needed) the database file and brings its schema up to date.
pub fn open(path: &Path) -> rusqlite::Result<Connection> {
    let mut conn = Connection::open(path)?;
    conn.busy_timeout(Duration::from_secs(5))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    // Reads without a system call: pages are read through a memory map (up to
    // `MMAP_BYTES` of the file), and more of them stay in SQLite's own cache
    // (`CACHE_KIB`). An inbound message reads pages spread over the file (its
    // conversation's row and index entries); with the 2 MiB default most were read again.
    conn.pragma_update(None, "mmap_size", MMAP_BYTES)?;
    conn.pragma_update(None, "cache_size", -CACHE_KIB)?;
    // Room for every statement the write paths cache (`prepare_cached`): rusqlite's default
    // of 16 is fewer than one inbound message, the list and the socket use between them,
    // and an evicted statement is parsed again on its next use.
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    // A cached statement is planned once, not again at every use. Without this, a plan
    // that looked at a bound value (as a join on `c.id = ?1` does) marks the statement
    // expired when its parameters are cleared on its return to the cache, and SQLite
    // parses and plans it again at its next step: the inbound transaction's list row and
    // channel lookup were parsed anew for every message, a third of its time. No query
    // here needs a plan made for its values: no statistics are gathered (`ANALYZE`), and
    // the `LIKE` patterns of the search start with `%`.
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
    query::register_fold(&conn)?;
    migrate(&mut conn)?;
    Ok(conn)
}

fn migrate(conn: &mut Connection) -> rusqlite::Result<()> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(current.max(0) as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", i as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

/// Milliseconds since the Unix epoch, now.
pub fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// The steps of SQLite's plan for `sql` with `params` (tests: which index a query takes).
#[cfg(test)]
pub(crate) fn query_plan(
    conn: &Connection,
    sql: &str,
    params: impl rusqlite::Params,
) -> Vec<String> {
    let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
    stmt.query_map(params, |r| r.get::<_, String>(3))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

#[cfg(test)]
mod tests {
    #[test]
    fn migrations_apply_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.sqlite3");
        drop(super::open(&path).unwrap());
        let conn = super::open(&path).unwrap();
        let v: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, super::MIGRATIONS.len() as i64);
    }

    /// A cached statement whose plan could depend on its bound value (a join on
    /// `c.id = ?1`, as the list row's) is not parsed again at each use.
    #[test]
    fn cached_statements_are_not_prepared_again() {
        let dir = tempfile::tempdir().unwrap();
        let conn = super::open(&dir.path().join("x.sqlite3")).unwrap();
        let sql = "SELECT c.channel, k.blocked FROM conversations c \
                   JOIN contacts k ON k.id = c.contact_id WHERE c.id = ?1";
        for id in 0..10 {
            let mut stmt = conn.prepare_cached(sql).unwrap();
            let mut rows = stmt.query([id]).unwrap();
            assert!(rows.next().unwrap().is_none());
        }
        let stmt = conn.prepare_cached(sql).unwrap();
        assert_eq!(stmt.get_status(rusqlite::StatementStatus::RePrepare), 0);
    }
}
