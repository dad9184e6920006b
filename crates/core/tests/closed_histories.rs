//! What the app holds of conversations the agent has left: a closed conversation's
//! history is cut to what opening it again shows and stays that short while messages
//! arrive, and only the most recently closed ones are kept (the soak's memory rule,
//! `docs/soak.md`).

mod fixtures;

use fixtures::{msg, page};
use switchboard_core::inbox::{KEPT_CLOSED, KEPT_WHILE_CLOSED};
use switchboard_core::Inbox;
use switchboard_protocol::{ConversationId, Event, MessageId};

const A: ConversationId = ConversationId(1);

fn history(conv: i64, n: i64) -> switchboard_protocol::MessagePage {
    page(
        (1..=n).map(|id| msg(conv, id, &format!("m{id}"))).collect(),
        false,
    )
}

fn ids(inbox: &Inbox, c: ConversationId) -> Vec<i64> {
    inbox.logs[&c].iter().map(|m| m.id.0).collect()
}

#[test]
fn a_closed_history_keeps_its_latest_messages_and_stays_short() {
    let mut inbox = Inbox::default();
    inbox.set_open(Some(A));
    inbox.load_latest(A, history(1, 100));
    // Open: everything that arrives is kept.
    for id in 101..=150 {
        inbox.apply(&Event::MessageCreated {
            message: msg(1, id, "live"),
        });
    }
    assert_eq!(inbox.logs[&A].len(), 150);

    inbox.set_open(Some(ConversationId(2)));
    let kept = ids(&inbox, A);
    assert_eq!(kept.len(), KEPT_WHILE_CLOSED);
    assert_eq!(kept.last(), Some(&150), "the latest stay");
    assert!(
        inbox.logs[&A].has_more_before,
        "the rest is loaded again on a scroll"
    );
    assert!(!inbox.needs_history(A), "opening it again shows at once");

    // Closed: news still joins it, and it stays as short.
    for id in 151..=250 {
        inbox.apply(&Event::MessageCreated {
            message: msg(1, id, "while away"),
        });
    }
    let kept = ids(&inbox, A);
    assert_eq!(kept.len(), KEPT_WHILE_CLOSED);
    assert_eq!(kept.last(), Some(&250));
    assert_eq!(
        kept.first(),
        Some(&(250 - KEPT_WHILE_CLOSED as i64 + 1)),
        "one stretch, no hole"
    );

    // Open again: it grows again.
    inbox.set_open(Some(A));
    inbox.apply(&Event::MessageCreated {
        message: msg(1, 251, "back"),
    });
    assert_eq!(inbox.logs[&A].len(), KEPT_WHILE_CLOSED + 1);
    assert_eq!(
        inbox.logs[&A].get(MessageId(251)).map(|m| m.id.0),
        Some(251)
    );
}

#[test]
fn only_the_most_recently_closed_histories_are_kept() {
    let mut inbox = Inbox::default();
    let total = KEPT_CLOSED as i64 + 5;
    for c in 1..=total {
        inbox.set_open(Some(ConversationId(c)));
        inbox.load_latest(ConversationId(c), history(c, 3));
    }
    inbox.set_open(None);
    // Conversation 1..=5 were closed longest ago.
    for c in 1..=total {
        let id = ConversationId(c);
        assert_eq!(inbox.logs.contains_key(&id), c > 5, "conversation {c}");
        assert_eq!(
            inbox.needs_history(id),
            c <= 5,
            "conversation {c} loads again"
        );
    }
    // Opening one again takes it off the closed ones: it is not dropped next.
    inbox.set_open(Some(ConversationId(6)));
    inbox.set_open(Some(ConversationId(100)));
    inbox.load_latest(ConversationId(100), history(100, 3));
    inbox.set_open(Some(ConversationId(101)));
    assert!(
        inbox.logs.contains_key(&ConversationId(6)),
        "closed most recently now"
    );
    assert!(
        !inbox.logs.contains_key(&ConversationId(7)),
        "closed longest ago now"
    );
    assert!(inbox.logs.contains_key(&ConversationId(8)));
}

#[test]
fn a_history_that_loads_after_its_conversation_was_left_is_cut_too() {
    let mut inbox = Inbox::default();
    inbox.set_open(Some(A));
    let token = inbox.begin_load(A);
    inbox.set_open(Some(ConversationId(2)));
    assert!(inbox.load_latest_since(A, history(1, 200), token));
    assert_eq!(inbox.logs[&A].len(), KEPT_WHILE_CLOSED);
    assert_eq!(ids(&inbox, A).last(), Some(&200));
}
