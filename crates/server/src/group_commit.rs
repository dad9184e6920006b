//! Group commit for customers' inbound messages (`POST /inbound`): the messages waiting for
//! the one connection are written in one transaction and one commit.
//!
//! Why: a commit appends every page it changed to the WAL, and several messages change some
//! of the same pages (the last pages of the messages and events tables, `sqlite_sequence`,
//! the top of the activity index). Written together, those pages go to the WAL once per
//! batch instead of once per message, and the commit's own work (WAL header, index, locks)
//! is shared. Measured: `docs/benchmarks.md`, "Inbound burst".
//!
//! How: a request puts its message in the [`Queue`] and starts a writer on the connection
//! (a blocking task, as `AppState::run`). A writer takes what the queue holds when it gets
//! the connection (up to [`MAX_BATCH`]): while one batch holds the connection, the requests
//! arriving queue up, and the next writer takes them all; a writer that finds the queue
//! empty (its message went with an earlier batch) returns at once. No task of its own and
//! no timer: a message that finds the connection free is written at once, alone.
//!
//! Guarantees, the same as one message per transaction: each message is written in a
//! savepoint of its own, so one refused (unknown conversation, blocked contact) or failing
//! leaves the others; a request is answered only after the commit that holds its message;
//! the events are published after that commit, while the connection is still held, so in
//! `seq` order; if the commit fails, every message of the batch is answered with the error
//! and nothing is published. Every queued message has a writer still to come (each request
//! starts one after queueing, and a writer that finds messages takes at least one), so none
//! is left waiting.

use crate::db::{inbound, Db};
use crate::error::{AppError, AppResult};
use crate::events::{self, Hub};
use crate::state::AppState;
use rusqlite::Connection;
use std::sync::{Arc, Mutex};
use switchboard_protocol::{ConversationId, Message};
use tokio::sync::oneshot;

/// The most messages one transaction takes: a bound on how long a batch holds the
/// connection (others wait for it) and on the answers it delays. The rest wait for the next.
pub const MAX_BATCH: usize = 64;

/// A message waiting to be written, and where its answer goes.
struct Job {
    conversation: ConversationId,
    text: String,
    answer: oneshot::Sender<AppResult<Message>>,
}

/// The messages waiting for the connection (one per server, in `AppState`).
#[derive(Default)]
pub struct Queue(Mutex<Vec<Job>>);

impl Queue {
    /// Queues a job.
    fn push(&self, job: Job) {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).push(job);
    }

    /// Takes up to [`MAX_BATCH`] jobs, oldest first.
    fn take(&self) -> Vec<Job> {
        let mut queue = self.0.lock().unwrap_or_else(|p| p.into_inner());
        let n = queue.len().min(MAX_BATCH);
        queue.drain(..n).collect()
    }
}

/// Writes a customer's message to `conversation` with the others waiting, and answers once
/// it is committed and its events are published. Refusals are those of
/// [`inbound::store`].
pub async fn submit(
    state: &AppState,
    conversation: ConversationId,
    text: String,
) -> AppResult<Message> {
    inbound::check_text(&text)?;
    let (answer, answered) = oneshot::channel();
    state.inbound.push(Job {
        conversation,
        text,
        answer,
    });
    let (db, hub, queue) = (state.db.clone(), state.hub.clone(), state.inbound.clone());
    // Started here, not when this future is first polled again: once queued, the message
    // has its writer even if the request is dropped.
    drop(tokio::task::spawn_blocking(move || {
        write_waiting(&db, &hub, &queue)
    }));
    answered
        .await
        .map_err(|_| AppError::internal("an inbound message was dropped unanswered"))?
}

/// A writer: takes the connection, then the messages waiting, and writes them.
fn write_waiting(db: &Db, hub: &Hub, queue: &Arc<Queue>) {
    let conn = db.lock();
    let jobs = queue.take();
    if jobs.is_empty() {
        return;
    }
    match conn {
        Ok(mut conn) => write(&mut conn, hub, jobs),
        Err(_) => {
            for job in jobs {
                let _ = job
                    .answer
                    .send(Err(AppError::internal("database lock poisoned")));
            }
        }
    }
}

/// Writes `jobs` in one transaction, each in a savepoint, publishes the events of those
/// stored once it has committed, and answers every job.
fn write(conn: &mut Connection, hub: &Hub, jobs: Vec<Job>) {
    let mut stored = Vec::with_capacity(jobs.len());
    let mut out = Vec::with_capacity(2 * jobs.len());
    let committed = (|| -> rusqlite::Result<()> {
        let mut tx = conn.transaction()?;
        for job in jobs {
            let sp = tx.savepoint()?;
            match inbound::store(&sp, job.conversation, &job.text, None) {
                Ok((message, events)) => {
                    sp.commit()?;
                    out.extend(events);
                    stored.push((job.answer, message));
                }
                // Dropping the savepoint rolls its writes back (none, for a refusal).
                Err(refused) => drop(job.answer.send(Err(refused))),
            }
        }
        tx.commit()
    })();
    match committed {
        Ok(()) => {
            events::publish(hub, out);
            for (answer, message) in stored {
                let _ = answer.send(Ok(message));
            }
        }
        Err(e) => {
            let e = e.to_string();
            for (answer, _) in stored {
                let _ = answer.send(Err(AppError::internal(&e)));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{write, Job};
    use crate::error::AppResult;
    use rusqlite::Connection;
    use switchboard_protocol::{ConversationId, Event, Message};
    use tokio::sync::oneshot;

    /// A job and where its answer comes out.
    fn job(conversation: i64, text: &str) -> (Job, oneshot::Receiver<AppResult<Message>>) {
        let (answer, answered) = oneshot::channel();
        let job = Job {
            conversation: ConversationId(conversation),
            text: text.to_owned(),
            answer,
        };
        (job, answered)
    }

    /// The first conversation whose contact is (`true`) or is not blocked.
    fn conversation(conn: &Connection, blocked: bool) -> i64 {
        conn.query_row(
            "SELECT c.id FROM conversations c JOIN contacts k ON k.id = c.contact_id \
             WHERE k.blocked = ?1 ORDER BY c.id LIMIT 1",
            [blocked],
            |r| r.get(0),
        )
        .unwrap()
    }

    /// One batch with refusals in the middle: the others are stored once each, refused ones
    /// leave nothing, and the events come out in `seq` order, two per stored message, each
    /// published when another connection already sees its message.
    #[test]
    fn a_batch_stores_each_message_once_and_publishes_after_its_commit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.sqlite3");
        let mut conn = crate::db::open(&path).unwrap();
        crate::demo::load_if_empty(&mut conn, 0).unwrap();
        let reader = crate::db::open(&path).unwrap();
        let open = conversation(&conn, false);
        let blocked = conversation(&conn, true);
        let hub = crate::events::hub();
        // Each event is checked against the store as soon as it is heard, beside the writer.
        let mut heard = hub.subscribe();
        let listener = std::thread::spawn(move || {
            let mut got = Vec::new();
            while let Ok(p) = heard.blocking_recv() {
                let visible = match &p.event {
                    Event::MessageCreated { message } => Some(
                        reader
                            .query_row(
                                "SELECT COUNT(*) FROM messages WHERE id = ?1",
                                [message.id.0],
                                |r| r.get::<_, i64>(0),
                            )
                            .unwrap(),
                    ),
                    _ => None,
                };
                got.push((p, visible));
            }
            got
        });
        let targets = [open, open + 1, 999_999, blocked, open, open + 2];
        let (jobs, answers): (Vec<_>, Vec<_>) = targets
            .iter()
            .enumerate()
            .map(|(i, c)| job(*c, &format!("batch message {i}")))
            .unzip();
        write(&mut conn, &hub, jobs);
        drop(hub);
        let heard = listener.join().unwrap();

        let mut stored = Vec::new();
        for (i, mut answered) in answers.into_iter().enumerate() {
            match (
                targets[i],
                answered.try_recv().expect("every job is answered"),
            ) {
                (999_999, Err(e)) => assert_eq!(e.status, 404),
                (c, Err(e)) if c == blocked => assert_eq!(e.status, 409),
                (c, Ok(m)) => {
                    assert_eq!(m.conversation_id.0, c);
                    stored.push(m.id.0);
                }
                (c, Err(e)) => panic!("message to {c} refused: {e:?}"),
            }
        }
        assert_eq!(stored.len(), 4);
        for (i, target) in targets.iter().enumerate() {
            let rows: i64 = conn
                .query_row(
                    "SELECT COUNT(*) FROM messages WHERE content LIKE ?1",
                    [format!("%batch message {i}\"%")],
                    |r| r.get(0),
                )
                .unwrap();
            let expected = i64::from(*target != 999_999 && *target != blocked);
            assert_eq!(rows, expected, "message {i}");
        }
        let mut last_seq = 0;
        let mut created = Vec::new();
        for (p, visible) in &heard {
            assert!(p.seq > last_seq, "events in seq order");
            last_seq = p.seq;
            if let Event::MessageCreated { message } = &p.event {
                assert_eq!(*visible, Some(1), "published after its commit");
                created.push(message.id.0);
            }
        }
        assert_eq!(heard.len(), 2 * stored.len());
        assert_eq!(
            created, stored,
            "one message_created per stored message, in order"
        );
    }
}
