//! A server-paged view of the chat list: the frontier of loaded pages, stale pages,
//! previews, undecidable rows, and counts kept exact by events.

mod fixtures;

use fixtures::*;
use switchboard_core::{Inbox, ListWindow};
use switchboard_protocol::*;

const ME: AgentId = AgentId(1);

fn view(f: impl FnOnce(&mut ConversationQuery)) -> ConversationQuery {
    let mut q = ConversationQuery::default();
    f(&mut q);
    q
}

fn paged(items: Vec<ConversationSummary>, cursor: Option<&str>, total: u32) -> ConversationPage {
    ConversationPage {
        items,
        next_cursor: cursor.map(str::to_owned),
        total,
    }
}

fn ids(v: &[ConversationId]) -> Vec<i64> {
    v.iter().map(|c| c.0).collect()
}

fn counts(all: u32, open: u32, closed: u32) -> ConversationCounts {
    ConversationCounts {
        all,
        open,
        closed,
        mailboxes: [("all".to_owned(), all), ("mine".to_owned(), 0)].into(),
        ..ConversationCounts::default()
    }
}

fn inbox_with(q: &ConversationQuery) -> Inbox {
    let mut inbox = Inbox::default();
    inbox.set_view(q);
    inbox.list.me = ME;
    inbox
}

fn updated(c: &ConversationSummary) -> Event {
    Event::ConversationUpdated {
        conversation: c.clone(),
    }
}

#[test]
fn rows_stop_at_the_frontier_until_the_next_page() {
    let q = ConversationQuery::default();
    let mut inbox = inbox_with(&q);
    let asked = inbox.list.next_page(2).expect("first page");
    assert_eq!(asked.limit, Some(2));
    assert_eq!(asked.cursor, None);
    assert!(inbox.list.next_page(2).is_none(), "one request at a time");
    inbox.add_page(
        &asked,
        paged(vec![conv(5, 50, 0), conv(4, 40, 0)], Some("c1"), 5),
    );
    // A conversation the app knew from elsewhere, older than the frontier, waits for its page.
    inbox.conversations.upsert(conv(1, 10, 0));
    assert_eq!(ids(&inbox.rows()), [5, 4]);
    let more = inbox.list.next_page(2).expect("second page");
    assert_eq!(more.cursor.as_deref(), Some("c1"));
    inbox.add_page(
        &more,
        paged(vec![conv(3, 30, 0), conv(2, 20, 0)], Some("c2"), 5),
    );
    assert_eq!(ids(&inbox.rows()), [5, 4, 3, 2]);
    let last = inbox.list.next_page(2).unwrap();
    inbox.add_page(&last, paged(vec![conv(1, 10, 0)], None, 5));
    assert!(inbox.list.is_complete());
    assert_eq!(ids(&inbox.rows()), [5, 4, 3, 2, 1]);
    assert!(inbox.list.next_page(2).is_none(), "nothing more to load");
}

#[test]
fn a_live_row_newer_than_the_frontier_shows_and_an_older_one_waits() {
    let mut inbox = inbox_with(&ConversationQuery::default());
    let asked = inbox.list.next_page(2).unwrap();
    inbox.add_page(
        &asked,
        paged(vec![conv(5, 50, 0), conv(4, 40, 0)], Some("c"), 9),
    );
    // A message arrives in a conversation that was never loaded: it jumps to the top.
    inbox.apply(&updated(&conv(1, 60, 1)));
    assert_eq!(ids(&inbox.rows()), [1, 5, 4]);
    // A new conversation far in the past (an import) is beyond the frontier.
    inbox.apply(&Event::ConversationCreated {
        conversation: conv(9, 1, 0),
    });
    assert_eq!(ids(&inbox.rows()), [1, 5, 4]);
}

#[test]
fn stale_pages_are_dropped() {
    let open = view(|q| q.filter.status = vec![ConversationStatus::Open]);
    let mut inbox = inbox_with(&ConversationQuery::default());
    let asked = inbox.list.next_page(50).unwrap();
    // The agent switches to the Open tab before the page of All arrives.
    inbox.set_view(&open);
    inbox.add_page(&asked, paged(vec![conv(1, 10, 0)], None, 1));
    assert!(
        !inbox.list.is_loaded(),
        "the page of another view is ignored"
    );
    assert!(inbox.conversations.is_empty());
    // And a repeated page for an old cursor is ignored too.
    let first = inbox.list.next_page(1).unwrap();
    inbox.add_page(&first, paged(vec![conv(2, 20, 0)], Some("c"), 2));
    inbox.add_page(&first, paged(vec![conv(7, 70, 0)], Some("c"), 2));
    assert_eq!(ids(&inbox.rows()), [2]);
}

#[test]
fn a_failed_page_can_be_asked_again() {
    let mut w = ListWindow::new(&ConversationQuery::default(), ME, Vec::new());
    let asked = w.next_page(50).unwrap();
    assert!(w.is_loading());
    w.page_failed(&asked);
    assert_eq!(w.next_page(50), Some(asked));
}

#[test]
fn before_the_first_page_known_rows_preview_the_view() {
    let mut inbox = inbox_with(&ConversationQuery::default());
    let mut closed = conv(2, 20, 0);
    closed.status = ConversationStatus::Closed;
    inbox.conversations.upsert(conv(1, 10, 0));
    inbox.conversations.upsert(closed);
    inbox.set_view(&view(|q| {
        q.filter.status = vec![ConversationStatus::Closed]
    }));
    assert!(!inbox.list.is_loaded());
    assert_eq!(ids(&inbox.rows()), [2], "the rules filter at once");
}

#[test]
fn a_search_keeps_only_what_the_server_listed_when_the_rules_cannot_tell() {
    // "+380" matches a phone number, which the summary does not carry.
    let q = view(|q| q.filter.q = "+380".into());
    let mut inbox = inbox_with(&q);
    inbox.conversations.upsert(conv(1, 10, 0));
    assert!(inbox.rows().is_empty(), "undecidable and not listed");
    let asked = inbox.list.next_page(50).unwrap();
    inbox.add_page(&asked, paged(vec![conv(2, 20, 0)], None, 1));
    assert_eq!(ids(&inbox.rows()), [2]);
}

/// The defect: a known conversation found by an older message kept showing its last one,
/// because a page never replaced a record the app already had.
#[test]
fn a_search_page_says_which_message_found_a_known_conversation_until_the_search_changes() {
    let q = view(|q| q.filter.q = "parcel".into());
    let mut inbox = inbox_with(&q);
    inbox.conversations.upsert(conv(1, 10, 0));
    let found = MatchedMessage {
        id: MessageId(7),
        excerpt: "The parcel is late".into(),
    };
    let mut answer = conv(1, 10, 0);
    answer.matched = Some(found.clone());
    let asked = inbox.list.next_page(50).unwrap();
    inbox.add_page(&asked, paged(vec![answer], None, 1));
    assert_eq!(ids(&inbox.rows()), [1]);
    let matched = |inbox: &Inbox| {
        inbox
            .conversations
            .get(ConversationId(1))
            .unwrap()
            .matched
            .clone()
    };
    assert_eq!(matched(&inbox), Some(found.clone()));

    // An event about the conversation knows nothing of the search: the excerpt stays.
    inbox.apply(&updated(&conv(1, 11, 1)));
    assert_eq!(matched(&inbox), Some(found.clone()));
    assert_eq!(
        inbox
            .conversations
            .get(ConversationId(1))
            .unwrap()
            .unread_count,
        1
    );

    // Another search forgets it.
    inbox.set_view(&view(|q| q.filter.q = "refund".into()));
    assert_eq!(matched(&inbox), None);
}

#[test]
fn the_sort_orders_the_rows_and_the_frontier() {
    let oldest = view(|q| q.sort = Sort::Oldest);
    let mut inbox = inbox_with(&oldest);
    let asked = inbox.list.next_page(2).unwrap();
    inbox.add_page(
        &asked,
        paged(vec![conv(1, 10, 0), conv(2, 20, 0)], Some("c"), 3),
    );
    // Conversation 1 gets a new message: under "oldest" it moves past the frontier.
    inbox.apply(&updated(&conv(1, 90, 1)));
    assert_eq!(ids(&inbox.rows()), [2]);
}

#[test]
fn counts_follow_events() {
    let q = ConversationQuery::default();
    let mut inbox = inbox_with(&q);
    inbox.conversations.upsert(conv(1, 10, 0));
    assert!(inbox.list.counts_stale(), "not loaded yet");
    assert!(inbox.list.set_counts(&q, counts(10, 7, 3)));
    assert!(!inbox.list.counts_stale());
    // Known conversation closes: Open -1, Closed +1, All unchanged.
    let mut c = conv(1, 20, 0);
    c.status = ConversationStatus::Closed;
    inbox.apply(&updated(&c));
    let n = inbox.list.counts().unwrap();
    assert_eq!((n.all, n.open, n.closed), (10, 6, 4));
    assert_eq!(n.mailboxes["all"], 10);
    // Assigned to me: Mine +1.
    c.assignee = Some(ME);
    inbox.apply(&updated(&c));
    assert_eq!(inbox.list.counts().unwrap().mailboxes["mine"], 1);
    // An unread message counts in `unread`.
    c.unread_count = 2;
    inbox.apply(&updated(&c));
    assert_eq!(inbox.list.counts().unwrap().unread, 1);
    // A new conversation: All and Open +1.
    inbox.apply(&Event::ConversationCreated {
        conversation: conv(2, 30, 1),
    });
    let n = inbox.list.counts().unwrap();
    assert_eq!((n.all, n.open, n.closed, n.unread), (11, 7, 4, 2));
    // Deleted: back down.
    inbox.apply(&Event::ConversationDeleted {
        conversation_id: ConversationId(2),
    });
    let n = inbox.list.counts().unwrap();
    assert_eq!((n.all, n.open, n.unread), (10, 6, 1));
    assert!(!inbox.list.counts_stale());
}

#[test]
fn a_note_mentioning_me_moves_the_mentions_count_and_brings_the_row_in() {
    let q = view(|q| q.mailbox = Mailbox::Mentions);
    let mut inbox = inbox_with(&q);
    inbox.conversations.upsert(conv(1, 10, 0));
    let mut n = counts(1, 1, 0);
    n.mailboxes.insert("mentions".to_owned(), 0);
    assert!(inbox.list.set_counts(&q, n));
    inbox.add_page(&q, paged(Vec::new(), None, 0));
    assert!(inbox.rows().is_empty());
    // Someone else is mentioned: nothing moves.
    let mut c = conv(1, 20, 0);
    c.mentioned = vec![AgentId(2)];
    inbox.apply(&updated(&c));
    assert_eq!(inbox.list.counts().unwrap().mailboxes["mentions"], 0);
    // The note mentioning me (its conversation's update follows the message).
    c.mentioned = vec![ME, AgentId(2)];
    inbox.apply(&updated(&c));
    assert_eq!(inbox.list.counts().unwrap().mailboxes["mentions"], 1);
    assert_eq!(ids(&inbox.rows()), [1]);
    assert!(!inbox.list.counts_stale());
}

#[test]
fn counts_go_stale_when_the_change_cannot_be_known() {
    let q = ConversationQuery::default();
    let mut inbox = inbox_with(&q);
    inbox.list.set_counts(&q, counts(10, 7, 3));
    // An update to a conversation the app never had: was it counted before?
    inbox.apply(&updated(&conv(40, 10, 0)));
    assert!(inbox.list.counts_stale());
    assert_eq!(inbox.list.counts().unwrap().all, 10, "left as they were");

    // Under a search the rules cannot decide, so the counts are asked for again.
    let search = view(|q| q.filter.q = "+380".into());
    let mut inbox = inbox_with(&search);
    inbox.conversations.upsert(conv(1, 10, 0));
    inbox.list.set_counts(&search, counts(1, 1, 0));
    inbox.apply(&updated(&conv(1, 20, 1)));
    assert!(inbox.list.counts_stale());
}

#[test]
fn counts_for_another_view_are_ignored_but_the_sort_does_not_matter() {
    let q = ConversationQuery::default();
    let mut w = ListWindow::new(&q, ME, Vec::new());
    assert!(!w.set_counts(&view(|q| q.mailbox = Mailbox::Mine), counts(1, 1, 0)));
    assert!(w.set_counts(&view(|q| q.sort = Sort::Oldest), counts(1, 1, 0)));
}

#[test]
fn a_resync_starts_the_view_over_from_its_first_page() {
    let mut inbox = inbox_with(&ConversationQuery::default());
    let asked = inbox.list.next_page(1).unwrap();
    inbox.add_page(&asked, paged(vec![conv(3, 30, 0)], Some("c"), 3));
    inbox
        .list
        .set_counts(&ConversationQuery::default(), counts(3, 3, 0));
    inbox.begin_resync(10);
    assert!(!inbox.list.is_loaded());
    assert!(inbox.list.counts_stale());
    let first = inbox.list.next_page(1).unwrap();
    assert_eq!(first.cursor, None);
    inbox.finish_resync_for(&first, paged(vec![conv(4, 40, 0)], Some("d"), 4));
    assert_eq!(ids(&inbox.rows()), [4]);

    // The agent changed the view while the snapshot loaded: that view loads afresh.
    inbox.begin_resync(11);
    let first = inbox.list.next_page(1).unwrap();
    inbox.set_view(&view(|q| q.mailbox = Mailbox::Mine));
    inbox.finish_resync_for(&first, paged(vec![conv(4, 40, 0)], None, 1));
    assert!(!inbox.list.is_loaded());
    assert!(inbox.list.next_page(1).is_some());
}

/// An inbox whose one conversation has unread messages, counted in the loaded counts.
fn one_unread() -> Inbox {
    let q = ConversationQuery::default();
    let mut inbox = inbox_with(&q);
    inbox.conversations.upsert(conv(1, 10, 3));
    let mut n = counts(5, 5, 0);
    n.unread = 1;
    inbox.list.set_counts(&q, n);
    inbox
}

#[test]
fn a_mark_read_answer_and_its_event_move_the_unread_count_once_in_either_order() {
    let read = conv(1, 10, 0);
    for answer_first in [true, false] {
        let mut inbox = one_unread();
        // The store takes a REST answer as `upsert_conversation` (the count rules); a
        // bare `conversations.upsert` would skip them and leave the count one too high.
        if answer_first {
            inbox.upsert_conversation(read.clone());
            inbox.apply(&updated(&read));
        } else {
            inbox.apply(&updated(&read));
            inbox.upsert_conversation(read.clone());
        }
        assert_eq!(
            inbox.list.counts().unwrap().unread,
            0,
            "answer first: {answer_first}"
        );
    }
    // What the app did before the store: the answer written around the rules.
    let mut inbox = one_unread();
    inbox.conversations.upsert(read.clone());
    inbox.apply(&updated(&read));
    assert_eq!(
        inbox.list.counts().unwrap().unread,
        1,
        "the old way's defect"
    );
}

#[test]
fn the_rows_key_changes_with_conversations_and_pages_only() {
    let mut inbox = inbox_with(&ConversationQuery::default());
    let k0 = inbox.rows_key();
    inbox.conversations.upsert(conv(1, 10, 0));
    let k1 = inbox.rows_key();
    assert_ne!(k0, k1);
    inbox.conversations.upsert(conv(1, 10, 0));
    assert_eq!(
        inbox.rows_key(),
        k1,
        "the same record again changes nothing"
    );
    inbox.load_latest(ConversationId(1), page(vec![msg(1, 1, "a")], false));
    assert_eq!(inbox.rows_key(), k1, "a history is not a row");
    let asked = inbox.list.next_page(5).unwrap();
    inbox.add_page(&asked, paged(vec![conv(2, 20, 0)], Some("c"), 9));
    let k2 = inbox.rows_key();
    assert_ne!(k2, k1);
    inbox.set_view(&view(|q| q.mailbox = Mailbox::Mine));
    inbox.set_view(&ConversationQuery::default());
    assert_ne!(inbox.rows_key(), k2, "a view change never repeats a key");
}

#[test]
fn rows_agree_with_the_rules_one_by_one() {
    // The fast path (stored search text) must give what `shows` says for each record.
    let mut index = switchboard_core::ConversationIndex::default();
    for id in 1..=40 {
        let mut c = conv(id, id, (id % 3) as u32);
        c.contact.name = ["Anna Smith", "Олена Коваль", "Bob", "ANNA"][(id % 4) as usize].into();
        c.tags = if id % 5 == 0 {
            vec!["VIP".into()]
        } else {
            vec![]
        };
        c.status = [ConversationStatus::Open, ConversationStatus::Closed][(id % 2) as usize];
        index.upsert(c);
    }
    for q in ["", "anna", "олена", "vip", "an sm", "zzz"] {
        for status in [vec![], vec![ConversationStatus::Open]] {
            let query = view(|x| {
                x.filter.q = q.into();
                x.filter.status = status.clone();
            });
            let w = ListWindow::new(&query, ME, Vec::new());
            let mut slow: Vec<&ConversationSummary> = index.iter().filter(|c| w.shows(c)).collect();
            slow.sort_by(|a, b| switchboard_core::view::compare(query.sort, a, b));
            let slow: Vec<ConversationId> = slow.into_iter().map(|c| c.id).collect();
            assert_eq!(w.rows(&index), slow, "q={q:?}");
        }
    }
}

#[test]
fn rows_for_a_view_not_loaded_yet_are_the_preview_switching_would_show() {
    let open = ConversationQuery::default();
    let mut inbox = inbox_with(&open);
    inbox.add_page(&open, paged(vec![conv(1, 30, 0), conv(2, 20, 0)], None, 2));
    let mut c3 = conv(3, 10, 0);
    c3.status = ConversationStatus::Closed;
    inbox.conversations.upsert(c3);
    let closed = view(|q| q.filter.status = vec![ConversationStatus::Closed]);
    // Derived without switching: the known closed conversation, as a preview.
    let derived = inbox.rows_for(&closed);
    assert_eq!(ids(&derived), [3]);
    assert_eq!(ids(&inbox.rows_for(&open)), ids(&inbox.rows()));
    inbox.set_view(&closed);
    assert_eq!(
        inbox.rows(),
        derived,
        "the same rows once the loader switched"
    );
}
