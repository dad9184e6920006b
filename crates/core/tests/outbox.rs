//! The outbox: pending messages are shown at once and confirmed by client id only.

mod fixtures;

use chrono::Utc;
use fixtures::*;
use switchboard_core::timeline::timeline;
use switchboard_core::{Inbox, OutboxState, PendingMessage, TimelineItem};
use switchboard_protocol::{ClientMsgId, ConversationId, ErrorCode, Event, Visibility};

fn pending(conv: i64, client: &str, text: &str) -> PendingMessage {
    PendingMessage::new(
        ClientMsgId(client.into()),
        ConversationId(conv),
        text.into(),
        Visibility::Public,
        Utc::now(),
    )
}

fn kinds(items: &[TimelineItem]) -> Vec<String> {
    items
        .iter()
        .map(|i| match i {
            TimelineItem::Confirmed(m) => format!("m{}", m.id),
            TimelineItem::Pending(p) => format!("p{}", p.client_id),
        })
        .collect()
}

#[test]
fn a_pending_message_shows_after_the_history_until_confirmed() {
    let mut inbox = Inbox::default();
    inbox.load_latest(ConversationId(1), page(vec![msg(1, 1, "hi")], false));
    inbox.outbox.push(pending(1, "c-1", "On its way"));
    inbox.outbox.push(pending(2, "c-2", "other conversation"));
    let log = inbox.logs.get(&ConversationId(1));
    assert_eq!(
        kinds(&timeline(log, &inbox.outbox, ConversationId(1))),
        ["m1", "pc-1"]
    );

    // The socket echo carries the client id: the pending copy is replaced by the real one.
    inbox.apply(&Event::MessageCreated {
        message: reply(1, 2, "c-1", "On its way"),
    });
    let log = inbox.logs.get(&ConversationId(1));
    assert_eq!(
        kinds(&timeline(log, &inbox.outbox, ConversationId(1))),
        ["m1", "m2"]
    );
    assert_eq!(
        inbox.outbox.len(),
        1,
        "the other conversation's message is still pending"
    );
}

#[test]
fn the_same_text_from_someone_else_does_not_confirm() {
    let mut inbox = Inbox::default();
    inbox.load_latest(ConversationId(1), page(vec![], false));
    inbox.outbox.push(pending(1, "c-1", "ok"));
    // Another agent writes the same words: matched by client id, never by content.
    inbox.add_message(reply(1, 3, "someone-else", "ok"));
    assert_eq!(inbox.outbox.len(), 1);
}

#[test]
fn the_send_answer_and_the_echo_together_make_one_message() {
    let mut inbox = Inbox::default();
    inbox.load_latest(ConversationId(1), page(vec![], false));
    inbox.outbox.push(pending(1, "c-1", "ok"));
    let m = reply(1, 4, "c-1", "ok");
    inbox.add_message(m.clone()); // REST answer
    inbox.apply(&Event::MessageCreated { message: m }); // socket echo
    let log = inbox.logs.get(&ConversationId(1));
    assert_eq!(
        kinds(&timeline(log, &inbox.outbox, ConversationId(1))),
        ["m4"]
    );
}

#[test]
fn failures_keep_the_message_and_its_order() {
    let mut inbox = Inbox::default();
    inbox.outbox.push(pending(1, "a", "first"));
    inbox.outbox.push(pending(1, "b", "second"));
    inbox
        .outbox
        .push(pending(1, "a", "duplicate push is ignored"));
    assert!(inbox.outbox.set_state(
        &ClientMsgId("a".into()),
        OutboxState::Queued {
            reason: "offline".into()
        }
    ));
    assert!(inbox.outbox.set_state(
        &ClientMsgId("b".into()),
        OutboxState::Failed {
            reason: "too long".into(),
            code: Some(ErrorCode::Invalid),
        }
    ));
    let texts: Vec<_> = inbox
        .outbox
        .for_conversation(ConversationId(1))
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(texts, ["first", "second"]);
    let queued: Vec<_> = inbox
        .outbox
        .queued()
        .map(|p| p.client_id.0.as_str())
        .collect();
    assert_eq!(queued, ["a"]);
    // A retry sends the very same request (same client id), so the server can de-duplicate.
    let p = inbox.outbox.get(&ClientMsgId("a".into())).unwrap();
    assert_eq!(p.request().client_id, ClientMsgId("a".into()));
    assert_eq!(p.request().text, "first");
    // Delete removes it; setting the state of a removed entry reports it is gone.
    assert!(inbox.outbox.remove(&ClientMsgId("b".into())).is_some());
    assert!(!inbox
        .outbox
        .set_state(&ClientMsgId("b".into()), OutboxState::Sending));
}

#[test]
fn render_keys_change_when_what_is_shown_changes() {
    let p = pending(1, "a", "x");
    let before = TimelineItem::Pending(p.clone()).render_key();
    let mut failed = p;
    failed.state = OutboxState::Failed {
        reason: "no".into(),
        code: None,
    };
    assert_ne!(before, TimelineItem::Pending(failed).render_key());
}

#[test]
fn a_restored_outbox_resends_what_was_in_flight_with_the_same_ids() {
    let mut inbox = Inbox::default();
    inbox.outbox.push(pending(1, "a", "first"));
    inbox.outbox.push(pending(1, "b", "second"));
    inbox.outbox.set_state(
        &ClientMsgId("b".into()),
        OutboxState::Failed {
            reason: "refused".into(),
            code: Some(ErrorCode::Forbidden),
        },
    );
    let stored = serde_json::to_string(&inbox.outbox).unwrap();
    let back: switchboard_core::Outbox = serde_json::from_str(&stored).unwrap();
    let back = back.restored();
    let states: Vec<_> = back
        .iter()
        .map(|p| (p.client_id.0.as_str(), p.state.clone()))
        .collect();
    assert_eq!(
        states,
        [
            (
                "a",
                OutboxState::Queued {
                    reason: String::new()
                }
            ),
            (
                "b",
                OutboxState::Failed {
                    reason: "refused".into(),
                    code: Some(ErrorCode::Forbidden),
                }
            ),
        ],
        "in-flight becomes queued (same id), refused stays refused, order kept"
    );
    assert_eq!(back.get(&ClientMsgId("a".into())).unwrap().text, "first");
}

/// An outbox kept by a version without refusal codes still reads: its refusals have none.
#[test]
fn a_refusal_kept_before_codes_existed_still_reads() {
    let old = r#"{"Failed":{"reason":"text too long"}}"#;
    let state: OutboxState = serde_json::from_str(old).unwrap();
    assert_eq!(
        state,
        OutboxState::Failed {
            reason: "text too long".into(),
            code: None
        }
    );
}
