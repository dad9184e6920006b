//! The message log as shown: day headings, the new-messages divider, the count behind
//! "jump to latest", and a history that is one contiguous stretch.

mod fixtures;

use fixtures::*;
use switchboard_core::timeline::{first_unread, new_since, rows, LogRow, TimelineItem};
use switchboard_core::{Inbox, MessageLog};
use switchboard_protocol::*;

fn at_hour(id: i64, hour: i64) -> Message {
    let mut m = msg(1, id, "x");
    m.created_at = at(0) + chrono::Duration::hours(hour);
    m
}

fn agent(id: i64) -> Message {
    reply(1, id, &format!("c{id}"), "ours")
}

fn kinds(rows: &[LogRow]) -> Vec<String> {
    rows.iter()
        .map(|r| match r {
            LogRow::Day(d, _) => format!("day {d}"),
            LogRow::Unread => "new".to_owned(),
            LogRow::Item(i) => format!("m{}", i.message_id().map_or(0, |m| m.0)),
        })
        .collect()
}

#[test]
fn a_heading_starts_each_local_day() {
    // 09:00 UTC on the 20th, 20:00 UTC, then 09:00 UTC on the 21st.
    let items = vec![at_hour(1, 0), at_hour(2, 11), at_hour(3, 24)]
        .into_iter()
        .map(TimelineItem::Confirmed)
        .collect::<Vec<_>>();
    assert_eq!(
        kinds(&rows(items.clone(), 0, None)),
        ["day 2026-11-20", "m1", "m2", "day 2026-11-21", "m3"]
    );
    // At UTC+5, 20:00 UTC is already the 21st.
    assert_eq!(
        kinds(&rows(items, 5 * 60, None)),
        ["day 2026-11-20", "m1", "day 2026-11-21", "m2", "m3"]
    );
}

#[test]
fn the_divider_goes_before_the_first_unread_customer_message() {
    let log = MessageLog::from_page(page(
        vec![
            msg(1, 1, "a"),
            msg(1, 2, "b"),
            agent(3),
            msg(1, 4, "c"),
            msg(1, 5, "d"),
        ],
        false,
    ));
    assert_eq!(first_unread(&log, 0), None);
    assert_eq!(first_unread(&log, 2), Some(MessageId(4)));
    // Our reply in between is not counted: the third unread is message 2.
    assert_eq!(first_unread(&log, 3), Some(MessageId(2)));
    assert_eq!(first_unread(&log, 9), None, "not loaded that far back");
    let items = log.iter().cloned().map(TimelineItem::Confirmed).collect();
    let shown = kinds(&rows(items, 0, Some(MessageId(4))));
    assert_eq!(
        shown,
        ["day 2026-11-20", "m1", "m2", "m3", "new", "m4", "m5"]
    );
}

#[test]
fn jump_to_latest_counts_customer_messages_after_what_was_seen() {
    let log = MessageLog::from_page(page(
        vec![msg(1, 1, "a"), agent(2), msg(1, 3, "b"), msg(1, 4, "c")],
        false,
    ));
    assert_eq!(new_since(&log, None), 0);
    assert_eq!(new_since(&log, Some(MessageId(1))), 2);
    assert_eq!(new_since(&log, Some(MessageId(4))), 0);
}

#[test]
fn a_jump_into_the_past_keeps_the_history_contiguous() {
    let mut inbox = Inbox::default();
    inbox.load_latest(ConversationId(1), page(vec![msg(1, 90, "latest")], true));
    // A message link to message 10: the stretch around it replaces the latest page.
    let around = MessagePage {
        items: vec![msg(1, 9, "a"), msg(1, 10, "b"), msg(1, 11, "c")],
        has_more_before: true,
        has_more_after: true,
    };
    inbox.load_around(ConversationId(1), around);
    // A live message now would leave a hole between 11 and it: it waits for the newer page.
    inbox.apply(&Event::MessageCreated {
        message: msg(1, 95, "live"),
    });
    let log = &inbox.logs[&ConversationId(1)];
    let ids: Vec<i64> = log.iter().map(|m| m.id.0).collect();
    assert_eq!(ids, [9, 10, 11]);
    assert_eq!(log.newest(), Some(MessageId(11)));
    // Scrolling down brings the newer pages, the last one with the live message.
    let log = inbox.logs.get_mut(&ConversationId(1)).unwrap();
    log.append_page(MessagePage {
        items: vec![msg(1, 12, "d"), msg(1, 90, "latest"), msg(1, 95, "live")],
        has_more_before: true,
        has_more_after: false,
    });
    assert!(!log.has_more_after);
    inbox.apply(&Event::MessageCreated {
        message: msg(1, 96, "next"),
    });
    let ids: Vec<i64> = inbox.logs[&ConversationId(1)]
        .iter()
        .map(|m| m.id.0)
        .collect();
    assert_eq!(ids, [9, 10, 11, 12, 90, 95, 96]);
}

#[test]
fn rows_added_at_the_end_are_counted_by_identity() {
    use switchboard_core::timeline::appended_after;
    let items = |ids: &[i64]| -> Vec<TimelineItem> {
        ids.iter()
            .map(|i| TimelineItem::Confirmed(at_hour(*i, *i)))
            .collect()
    };
    let before = rows(items(&[1, 2]), 0, None);
    let last = before.last().map(LogRow::identity);
    // Message 30 is a day later: a heading and the message are added.
    let after = rows(items(&[1, 2, 30]), 0, None);
    assert_eq!(appended_after(&after, last.as_deref()), 2);
    // Older rows before do not count.
    let older = rows(items(&[0, 1, 2]), 0, None);
    assert_eq!(appended_after(&older, last.as_deref()), 0);
    assert_eq!(appended_after(&after, None), 0);
}

#[test]
fn a_reloaded_history_never_repeats_its_revision() {
    let a = MessageLog::from_page(page(vec![msg(1, 1, "a")], false));
    let b = MessageLog::from_page(page(vec![msg(1, 2, "b")], false));
    assert_ne!(a.rev(), b.rev());
    assert_ne!(a.generation(), b.generation());
    let mut c = a.clone();
    c.insert(msg(1, 5, "new"));
    assert_eq!(c.generation(), a.generation(), "a message is not a reload");
}

#[test]
fn a_day_that_heads_twice_keeps_unique_keys() {
    // Message 2 was delivered late with an earlier day than message 1.
    let items = vec![at_hour(1, 24), at_hour(2, 0), at_hour(3, 25)]
        .into_iter()
        .map(TimelineItem::Confirmed)
        .collect::<Vec<_>>();
    let shown = rows(items, 0, None);
    let keys: Vec<String> = shown.iter().map(LogRow::render_key).collect();
    let unique: std::collections::HashSet<&String> = keys.iter().collect();
    assert_eq!(unique.len(), keys.len(), "{keys:?}");
}

#[test]
fn a_stretch_asked_before_a_resync_is_refused() {
    let mut inbox = Inbox::default();
    let token = inbox.begin_load(ConversationId(1));
    inbox.begin_resync(3);
    let around = MessagePage {
        items: vec![msg(1, 9, "a")],
        has_more_before: true,
        has_more_after: true,
    };
    assert!(!inbox.load_around_since(ConversationId(1), around.clone(), token));
    assert!(!inbox.logs.contains_key(&ConversationId(1)));
    let token = inbox.begin_load(ConversationId(1));
    assert!(inbox.load_around_since(ConversationId(1), around, token));
}
