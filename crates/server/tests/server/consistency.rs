//! The Zulip-style check that keeps every client in step with the server: take a snapshot,
//! do an action, collect the events it emitted, apply them to the snapshot with the app's
//! own reducer (`switchboard_core::Inbox`), and compare with a fresh snapshot.
//!
//! Use [`check`] from a test of each action:
//! ```ignore
//! let scope = Scope { logs: vec![12], contacts: vec![40], ..Scope::default() };
//! check(&server, &token, &scope, || async { /* the action */ }).await;
//! ```

use crate::common::{Server, Socket};
use std::future::Future;
use switchboard_core::{Inbox, Receive};
use switchboard_protocol::*;

/// What the snapshots load besides the whole conversation list.
#[derive(Clone, Debug, Default)]
pub struct Scope {
    /// Conversations whose latest message page is loaded.
    pub logs: Vec<i64>,
    /// Contacts whose card, tasks and notes are loaded.
    pub contacts: Vec<i64>,
    /// Conversations whose deal, reminders and calendar events are loaded.
    pub conversations: Vec<i64>,
}

async fn get<T: serde::de::DeserializeOwned>(s: &Server, token: &str, path: &str) -> Option<T> {
    let (status, text) = s.call("GET", path, Some(token), None).await;
    match status {
        200 => Some(serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}: {text}"))),
        404 => None,
        other => panic!("{path}: {other} {text}"),
    }
}

/// A fresh snapshot as of `head`.
pub async fn snapshot(s: &Server, token: &str, head: Seq, scope: &Scope) -> Inbox {
    let mut inbox = Inbox::default();
    inbox.begin_resync(head);
    let mut items = Vec::new();
    // Every conversation the agent may see: the live list and the archive.
    for archived in ["0", "1"] {
        let mut cursor: Option<String> = None;
        loop {
            let path = match &cursor {
                Some(c) => {
                    format!("/api/v1/conversations?limit=200&archived={archived}&cursor={c}")
                }
                None => format!("/api/v1/conversations?limit=200&archived={archived}"),
            };
            let page: ConversationPage = get(s, token, &path).await.expect("list answers");
            items.extend(page.items);
            match page.next_cursor {
                Some(c) => cursor = Some(c),
                None => break,
            }
        }
    }
    let total = items.len() as u32;
    inbox.finish_resync(ConversationPage {
        items,
        next_cursor: None,
        total,
    });
    for &id in &scope.logs {
        let path = format!("/api/v1/conversations/{id}/messages?limit=200");
        if let Some(page) = get::<MessagePage>(s, token, &path).await {
            inbox.load_latest(ConversationId(id), page);
        }
    }
    for &id in &scope.contacts {
        let cid = ContactId(id);
        if let Some(c) = get::<Contact>(s, token, &format!("/api/v1/contacts/{id}")).await {
            inbox.details.contacts.insert(cid, c);
        }
        if let Some(t) = get::<Vec<Task>>(s, token, &format!("/api/v1/contacts/{id}/tasks")).await {
            inbox.details.load_tasks(cid, t);
        }
        if let Some(n) =
            get::<Vec<ContactNote>>(s, token, &format!("/api/v1/contacts/{id}/notes")).await
        {
            inbox.details.load_notes(cid, n);
        }
    }
    for &id in &scope.conversations {
        let conv = ConversationId(id);
        let path = format!("/api/v1/conversations/{id}/deal");
        let deal = get::<Option<Deal>>(s, token, &path).await.flatten();
        inbox.details.deals.insert(conv, deal);
        let path = format!("/api/v1/conversations/{id}/reminders");
        if let Some(r) = get::<Vec<Reminder>>(s, token, &path).await {
            inbox
                .details
                .reminders
                .insert(conv, r.into_iter().map(|r| (r.id, r)).collect());
        }
        let path = format!("/api/v1/conversations/{id}/calendar-events");
        if let Some(e) = get::<Vec<CalendarEvent>>(s, token, &path).await {
            inbox
                .details
                .calendar
                .insert(conv, e.into_iter().map(|e| (e.id, e)).collect());
        }
    }
    inbox
}

/// Opens a socket and waits for `ready`; returns it with the head.
pub async fn listen(s: &Server, token: &str) -> (Socket, Seq) {
    let mut ws = s.socket(token, None).await;
    match ws.next().await {
        Some(ServerFrame::Ready { head }) => (ws, head),
        other => panic!("expected ready, got {other:?}"),
    }
}

/// Snapshot, action, events, `apply(old, events) == fresh`. Returns the events seen.
pub async fn check<F, Fut>(s: &Server, token: &str, scope: &Scope, action: F) -> Vec<Event>
where
    F: FnOnce() -> Fut,
    Fut: Future<Output = ()>,
{
    let (mut ws, head) = listen(s, token).await;
    let mut state = snapshot(s, token, head, scope).await;
    action().await;
    let mut events = Vec::new();
    let mut last = head;
    while let Some(frame) = ws.next_within(400).await {
        match Some(frame) {
            Some(ServerFrame::Event { seq, event }) => {
                assert_eq!(state.receive(seq, &event), Receive::Applied, "event {seq}");
                last = seq;
                events.push(event);
            }
            Some(
                ServerFrame::Heartbeat { .. }
                | ServerFrame::Typing { .. }
                | ServerFrame::Presence { .. },
            ) => {}
            other => panic!("unexpected frame {other:?}"),
        }
    }
    let fresh = snapshot(s, token, last, scope).await;
    assert_snapshots_equal(&state, &fresh);
    events
}

/// Compares two states part by part, so a failure names what differs.
pub fn assert_snapshots_equal(applied: &Inbox, fresh: &Inbox) {
    for c in fresh.conversations.newest_first() {
        assert_eq!(
            applied.conversations.get(c.id),
            Some(c),
            "conversation {}",
            c.id
        );
    }
    assert_eq!(
        applied.conversations.len(),
        fresh.conversations.len(),
        "conversation count"
    );
    for (id, log) in &fresh.logs {
        let got: Vec<_> = applied
            .logs
            .get(id)
            .map(|l| l.iter().cloned().collect())
            .unwrap_or_default();
        let want: Vec<_> = log.iter().cloned().collect();
        // The fresh page may be shorter than everything the old snapshot accumulated.
        let tail = &got[got.len().saturating_sub(want.len())..];
        assert_eq!(tail, want.as_slice(), "messages of conversation {id}");
    }
    assert_eq!(applied.details, fresh.details, "details");
    assert_eq!(applied.sync.last_seq, fresh.sync.last_seq, "seq");
}
