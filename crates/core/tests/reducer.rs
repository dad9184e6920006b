//! The reducer: events applied to a snapshot give the fresh snapshot; sequence rules.

mod fixtures;

use fixtures::*;
use switchboard_core::{Inbox, Receive};
use switchboard_protocol::{ConversationId, Event, MessageId, MessagePreview};

fn created(m: &switchboard_protocol::Message) -> Event {
    Event::MessageCreated { message: m.clone() }
}

fn updated(c: &switchboard_protocol::ConversationSummary) -> Event {
    Event::ConversationUpdated {
        conversation: c.clone(),
    }
}

#[test]
fn snapshot_plus_events_equals_fresh_snapshot() {
    // Old snapshot: two conversations, history of conversation 1 loaded.
    let mut old = Inbox::default();
    old.begin_resync(10);
    old.finish_resync(conv_page(vec![conv(1, 0, 0), conv(2, 5, 0)]));
    old.load_latest(ConversationId(1), page(vec![msg(1, 1, "hi")], false));

    // The server then records a customer message in conversation 1.
    let m = msg(1, 2, "where is my parcel?");
    let mut c1 = conv(1, 30, 1);
    c1.last_message = Some(MessagePreview::of(&m));
    assert_eq!(old.receive(11, &created(&m)), Receive::Applied);
    assert_eq!(old.receive(12, &updated(&c1)), Receive::Applied);

    // A fresh snapshot taken now.
    let mut fresh = Inbox::default();
    fresh.begin_resync(12);
    fresh.finish_resync(conv_page(vec![c1.clone(), conv(2, 5, 0)]));
    fresh.load_latest(ConversationId(1), page(vec![msg(1, 1, "hi"), m], false));

    assert_eq!(old, fresh);
    let order: Vec<_> = old
        .conversations
        .newest_first()
        .iter()
        .map(|c| c.id.0)
        .collect();
    assert_eq!(
        order,
        vec![1, 2],
        "the conversation with the new message moves to the top"
    );
}

#[test]
fn replayed_events_are_skipped_and_gaps_reported() {
    let mut inbox = Inbox::default();
    inbox.begin_resync(5);
    inbox.finish_resync(conv_page(vec![conv(1, 0, 0)]));
    assert_eq!(inbox.receive(6, &updated(&conv(1, 1, 1))), Receive::Applied);
    assert_eq!(
        inbox.receive(6, &updated(&conv(1, 1, 7))),
        Receive::Duplicate
    );
    assert_eq!(
        inbox
            .conversations
            .get(ConversationId(1))
            .unwrap()
            .unread_count,
        1
    );
    assert_eq!(inbox.receive(9, &updated(&conv(1, 2, 3))), Receive::Gap);
    assert_eq!(inbox.sync.last_seq, Some(6), "a gap applies nothing");
    assert_eq!(
        inbox
            .conversations
            .get(ConversationId(1))
            .unwrap()
            .unread_count,
        1
    );
}

#[test]
fn events_during_a_snapshot_load_are_applied_after_it() {
    let mut inbox = Inbox::default();
    inbox.begin_resync(100);
    assert!(inbox.sync.is_resyncing());
    // Arrives before the REST page: newer than the snapshot.
    assert_eq!(
        inbox.receive(101, &updated(&conv(1, 9, 4))),
        Receive::Buffered
    );
    // The snapshot (taken a bit before event 101 was emitted) still says 0 unread.
    assert_eq!(
        inbox.finish_resync(conv_page(vec![conv(1, 0, 0)])),
        Receive::Applied
    );
    assert!(!inbox.sync.is_resyncing());
    assert_eq!(
        inbox
            .conversations
            .get(ConversationId(1))
            .unwrap()
            .unread_count,
        4
    );
    assert_eq!(inbox.sync.last_seq, Some(101));
}

#[test]
fn unknown_events_change_nothing() {
    let mut inbox = Inbox::default();
    inbox.begin_resync(0);
    inbox.finish_resync(conv_page(vec![conv(1, 0, 0)]));
    let before = inbox.clone();
    assert_eq!(inbox.receive(1, &Event::Unknown), Receive::Applied);
    assert_eq!(inbox.conversations, before.conversations);
    assert_eq!(inbox.sync.last_seq, Some(1));
}

#[test]
fn messages_for_unloaded_histories_are_not_invented() {
    let mut inbox = Inbox::default();
    inbox.apply(&created(&msg(7, 1, "hello")));
    assert!(!inbox.logs.contains_key(&ConversationId(7)));
}

#[test]
fn message_updates_replace_loaded_messages_only() {
    let mut inbox = Inbox::default();
    inbox.load_latest(ConversationId(1), page(vec![msg(1, 1, "a")], false));
    let mut m = msg(1, 1, "a");
    m.status = switchboard_protocol::DeliveryStatus::Read;
    inbox.apply(&Event::MessageUpdated { message: m.clone() });
    inbox.apply(&Event::MessageUpdated {
        message: msg(1, 99, "never loaded"),
    });
    let log = &inbox.logs[&ConversationId(1)];
    assert_eq!(log.get(MessageId(1)), Some(&m));
    assert_eq!(log.len(), 1);
}

#[test]
fn reloading_the_latest_page_keeps_newer_live_messages() {
    let mut inbox = Inbox::default();
    inbox.load_latest(ConversationId(1), page(vec![msg(1, 1, "a")], false));
    inbox.apply(&created(&msg(1, 5, "live")));
    // A reload whose answer was computed before message 5 existed.
    inbox.load_latest(
        ConversationId(1),
        page(vec![msg(1, 1, "a"), msg(1, 2, "b")], true),
    );
    let ids: Vec<_> = inbox.logs[&ConversationId(1)]
        .iter()
        .map(|m| m.id.0)
        .collect();
    assert_eq!(ids, vec![1, 2, 5]);
    assert!(inbox.logs[&ConversationId(1)].has_more_before);
}

#[test]
fn a_message_that_arrives_while_its_history_loads_is_not_lost() {
    let mut inbox = Inbox::default();
    let token = inbox.begin_load(ConversationId(1));
    // The server read the page before message 2 was written; its event came first.
    inbox.apply(&Event::MessageCreated {
        message: msg(1, 2, "while loading"),
    });
    assert!(inbox.load_latest_since(ConversationId(1), page(vec![msg(1, 1, "a")], false), token));
    let ids: Vec<i64> = inbox.logs[&ConversationId(1)]
        .iter()
        .map(|m| m.id.0)
        .collect();
    assert_eq!(ids, [1, 2]);
}

#[test]
fn a_history_page_asked_before_a_resync_is_refused() {
    let mut inbox = Inbox::default();
    let token = inbox.begin_load(ConversationId(1));
    inbox.begin_resync(7);
    assert!(!inbox.load_latest_since(ConversationId(1), page(vec![msg(1, 1, "a")], false), token));
    assert!(!inbox.logs.contains_key(&ConversationId(1)));
}

#[test]
fn a_resync_reload_keeps_the_older_pages_the_agent_scrolled_through() {
    let mut inbox = Inbox::default();
    let c = ConversationId(1);
    let many = |ids: std::ops::RangeInclusive<i64>| ids.map(|i| msg(1, i, "m")).collect::<Vec<_>>();
    inbox.load_latest(c, page(many(51..=100), true));
    inbox
        .logs
        .get_mut(&c)
        .unwrap()
        .prepend_page(page(many(1..=50), true));
    inbox.begin_resync(9);
    // The reload's latest page overlaps what was loaded: nothing older is dropped.
    inbox.load_latest(c, page(many(61..=110), true));
    let log = &inbox.logs[&c];
    let ids: Vec<i64> = log.iter().map(|m| m.id.0).collect();
    assert_eq!(ids, (1..=110).collect::<Vec<_>>());
    assert!(log.has_more_before);
    // A page that does not reach back (more came in than a page holds) replaces the log:
    // keeping both would leave a hole in the history.
    inbox.load_latest(c, page(many(200..=249), true));
    let ids: Vec<i64> = inbox.logs[&c].iter().map(|m| m.id.0).collect();
    assert_eq!(ids, (200..=249).collect::<Vec<_>>());
}

#[test]
fn a_resync_keeps_loaded_histories_on_screen_and_asks_for_them_again() {
    let mut inbox = Inbox::default();
    let c = ConversationId(1);
    assert!(inbox.needs_history(c));
    let token = inbox.begin_load(c);
    assert!(inbox.load_latest_since(c, page(vec![msg(1, 1, "a")], false), token));
    assert!(!inbox.needs_history(c));
    inbox.begin_resync(9);
    // Still shown (nothing on screen is rebuilt) but asked for again.
    assert_eq!(inbox.logs[&c].iter().count(), 1);
    assert!(inbox.needs_history(c));
    let token = inbox.begin_load(c);
    let reloaded = page(vec![msg(1, 1, "a"), msg(1, 2, "missed while away")], false);
    assert!(inbox.load_latest_since(c, reloaded, token));
    assert!(!inbox.needs_history(c));
    let ids: Vec<i64> = inbox.logs[&c].iter().map(|m| m.id.0).collect();
    assert_eq!(ids, [1, 2]);
}

#[test]
fn a_history_that_fails_to_load_shows_what_arrives_and_is_asked_for_again() {
    let mut inbox = Inbox::default();
    let c = ConversationId(1);
    inbox.begin_load(c);
    inbox.apply(&Event::MessageCreated {
        message: msg(1, 5, "while loading"),
    });
    // The page was unreadable: no "Loading…" for ever.
    inbox.history_failed(c);
    assert!(inbox.logs.contains_key(&c));
    assert!(inbox.needs_history(c));
    // Live messages (and the agent's own replies) join it.
    inbox.apply(&Event::MessageCreated {
        message: msg(1, 6, "live"),
    });
    let ids = |i: &Inbox| i.logs[&c].iter().map(|m| m.id.0).collect::<Vec<_>>();
    assert_eq!(ids(&inbox), [5, 6]);
    // The retry brings the history; what came live stays.
    let token = inbox.begin_load(c);
    assert!(inbox.load_latest_since(
        c,
        page(vec![msg(1, 1, "a"), msg(1, 5, "while loading")], true),
        token
    ));
    assert_eq!(ids(&inbox), [1, 5, 6]);
    assert!(!inbox.needs_history(c));
    // A failed reload of a loaded history keeps it on screen, due again.
    inbox.history_failed(c);
    assert_eq!(ids(&inbox), [1, 5, 6]);
    assert!(inbox.needs_history(c));
}
