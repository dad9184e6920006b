//! A refused message holds the ones written after it in its conversation until the agent
//! resolves it: retried, edited (sent in its place with a new client id) or discarded.

mod fixtures;

use fixtures::pending;
use switchboard_core::{Outbox, OutboxState};
use switchboard_protocol::{ClientMsgId, ErrorCode, Visibility};

fn id(s: &str) -> ClientMsgId {
    ClientMsgId(s.into())
}

fn refused() -> OutboxState {
    OutboxState::Failed {
        reason: "too large".into(),
        code: Some(ErrorCode::TooLarge),
    }
}

/// Five messages to conversation 1 (`k1`…`k5`) and one to conversation 2 (`o`).
fn five() -> Outbox {
    let mut o = Outbox::default();
    for c in ["k1", "k2", "k3"] {
        o.push(pending(1, c));
    }
    o.push(pending(2, "o"));
    for c in ["k4", "k5"] {
        o.push(pending(1, c));
    }
    o
}

/// Sends as the sender does: the next one goes and is confirmed, until none is left to go.
fn drain(o: &mut Outbox) -> Vec<String> {
    let mut sent = Vec::new();
    while let Some(p) = o.next_to_send().cloned() {
        o.remove(&p.client_id);
        sent.push(p.client_id.0);
    }
    sent
}

#[test]
fn a_refused_message_holds_the_rest_of_its_conversation_only() {
    let mut o = five();
    assert_eq!(o.next_to_send().unwrap().client_id, id("k1"));
    o.remove(&id("k1"));
    o.set_state(&id("k2"), refused());
    for later in ["k3", "k4", "k5"] {
        assert!(o.held(&id(later)), "{later} waits");
    }
    assert!(
        !o.held(&id("k2")),
        "the refused one is not held, it is refused"
    );
    assert!(!o.held(&id("o")));
    // Only the other conversation's message goes.
    assert_eq!(drain(&mut o), ["o"]);
    assert_eq!(o.len(), 4);
}

#[test]
fn discarding_the_refused_message_lets_the_rest_go_in_order() {
    let mut o = five();
    o.set_state(&id("k2"), refused());
    assert_eq!(drain(&mut o), ["k1", "o"]);
    o.remove(&id("k2"));
    assert_eq!(drain(&mut o), ["k3", "k4", "k5"]);
}

#[test]
fn retrying_sends_it_first_with_its_own_key() {
    let mut o = five();
    o.set_state(&id("k2"), refused());
    drain(&mut o);
    o.set_state(&id("k2"), OutboxState::Sending);
    assert_eq!(drain(&mut o), ["k2", "k3", "k4", "k5"]);
}

#[test]
fn an_edited_message_goes_in_its_place_with_a_new_key() {
    let mut o = five();
    o.set_state(&id("k2"), refused());
    drain(&mut o);
    let taken = o.take_back(&id("k2")).unwrap();
    assert_eq!(taken.text, "text of k2");
    assert_eq!(o.get(&id("k2")).unwrap().state, OutboxState::Editing);
    assert!(o.held(&id("k3")), "the rest wait for the edit");
    assert_eq!(drain(&mut o), Vec::<String>::new());
    // The composer sends the edited text: a new client id, in the old one's place.
    let mut edited = pending(1, "k2-edited");
    edited.text = "shorter".into();
    o.replace_edited(edited);
    assert!(o.get(&id("k2")).is_none(), "the refused request is gone");
    assert_eq!(drain(&mut o), ["k2-edited", "k3", "k4", "k5"]);
}

#[test]
fn the_edit_of_the_last_message_leaves_nothing_behind() {
    let mut o = Outbox::default();
    o.push(pending(1, "a"));
    o.set_state(&id("a"), refused());
    o.take_back(&id("a")).unwrap();
    assert!(o.is_empty());
    // A message of another mode or conversation never takes an edited one's place.
    let mut o = five();
    o.set_state(&id("k2"), refused());
    o.take_back(&id("k2"));
    let mut note = pending(1, "note");
    note.visibility = Visibility::Internal;
    o.replace_edited(note);
    o.replace_edited(pending(2, "other"));
    assert_eq!(o.get(&id("k2")).unwrap().state, OutboxState::Editing);
    assert_eq!(o.len(), 8);
}
