//! Two tabs of one agent: each keeps its unsent messages under a key of its own, a tab
//! left behind (closed or crashed) is adopted by another, and the drafts both write to
//! one key are merged instead of overwritten.

mod fixtures;

use fixtures::pending;
use switchboard_core::agent_shelf::{self, Item};
use switchboard_core::{Drafts, Outbox, OutboxState};
use switchboard_protocol::{AgentId, ConversationId, Visibility};

fn ids(o: &Outbox) -> Vec<&str> {
    o.iter().map(|p| p.client_id.0.as_str()).collect()
}

#[test]
fn every_tab_has_a_key_of_its_own_found_again_by_scanning() {
    let agent = AgentId(7);
    let a = agent_shelf::tab_key(agent, Item::Outbox, "k3x-1");
    let b = agent_shelf::tab_key(agent, Item::Outbox, "q9z-2");
    assert_ne!(a, b);
    assert_ne!(a, agent_shelf::key(agent, Item::Outbox));
    assert_eq!(agent_shelf::tab_of(agent, Item::Outbox, &a), Some("k3x-1"));
    assert_eq!(agent_shelf::tab_of(agent, Item::Outbox, &b), Some("q9z-2"));
    // Not a tab's key: the agent's own whole key, another agent's (even one whose id
    // starts with the same digits), another item's, a set-aside copy.
    for other in [
        agent_shelf::key(agent, Item::Outbox),
        agent_shelf::tab_key(AgentId(70), Item::Outbox, "k3x-1"),
        agent_shelf::tab_key(agent, Item::Drafts, "k3x-1"),
        agent_shelf::set_aside_key(&a),
        format!("{}.tab-", agent_shelf::key(agent, Item::Outbox)),
    ] {
        assert_eq!(
            agent_shelf::tab_of(agent, Item::Outbox, &other),
            None,
            "{other}"
        );
    }
}

#[test]
fn a_left_tabs_messages_go_after_ours_once_and_are_sent_again() {
    let mut mine = Outbox::default();
    mine.push(pending(1, "a-1"));
    mine.push(pending(2, "a-2"));
    let mut left = Outbox::default();
    left.push(pending(1, "b-1"));
    left.push(pending(3, "b-2"));
    // Adopted already once (two adopters racing): the same client id is not taken twice.
    left.push(pending(2, "a-2"));
    assert_eq!(mine.adopt(left), 2);
    assert_eq!(ids(&mine), ["a-1", "a-2", "b-1", "b-2"]);
    // What the left tab had in flight is queued to go again with its client id.
    assert!(mine
        .iter()
        .filter(|p| p.client_id.0.starts_with("b-"))
        .all(|p| matches!(p.state, OutboxState::Queued { .. })));
    assert_eq!(mine.adopt(Outbox::default()), 0);
}

#[test]
fn a_tabs_draft_never_erases_another_tabs_draft_of_another_conversation() {
    let (one, two, three) = (ConversationId(1), ConversationId(2), ConversationId(3));
    let public = Visibility::Public;
    // Both tabs opened the same stored drafts.
    let mut stored = Drafts::default();
    stored.set(three, public, "old, to be sent by tab A".into());
    let (mut tab_a, mut tab_b) = (stored.clone(), stored.clone());
    let (saved_a, saved_b) = (stored.clone(), stored.clone());

    // Tab A writes in conversation 1 and stores.
    tab_a.set(one, public, "A's reply".into());
    stored = tab_a.merged_onto(&saved_a, stored);
    let saved_a = tab_a.clone();
    // Tab B, which never saw A's draft, writes in conversation 2 and stores.
    tab_b.set(two, public, "B's reply".into());
    stored = tab_b.merged_onto(&saved_b, stored);
    assert_eq!(
        stored.get(one, public),
        "A's reply",
        "B's write kept A's draft"
    );
    assert_eq!(stored.get(two, public), "B's reply");
    assert_eq!(stored.get(three, public), "old, to be sent by tab A");

    // Tab A sends conversation 3's draft (removed) and stores: B's draft stays.
    tab_a.take(three, public);
    stored = tab_a.merged_onto(&saved_a, stored);
    assert_eq!(stored.get(three, public), "");
    assert_eq!(stored.get(two, public), "B's reply");
    assert_eq!(stored.get(one, public), "A's reply");
}
