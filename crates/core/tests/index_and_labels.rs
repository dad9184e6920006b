//! The conversation index's order, message log paging, and row labels.

mod fixtures;

use fixtures::*;
use switchboard_core::conversation_index::Changes;
use switchboard_core::i18n::Locale;
use switchboard_core::row_label::{initials, preview_line, row_label};
use switchboard_core::{ConversationIndex, MessageLog};
use switchboard_protocol::{AgentId, Author, ConversationId, MessagePreview, Visibility};

#[test]
fn newest_activity_first_with_ties_broken_by_id() {
    let mut idx = ConversationIndex::default();
    for c in [
        conv(1, 10, 0),
        conv(2, 30, 0),
        conv(3, 10, 0),
        conv(4, 0, 0),
    ] {
        idx.upsert(c);
    }
    let order: Vec<_> = idx.newest_first().iter().map(|c| c.id.0).collect();
    assert_eq!(order, vec![2, 3, 1, 4]);
    idx.upsert(conv(4, 99, 1));
    assert_eq!(idx.newest_first()[0].id.0, 4);
    assert_eq!(idx.len(), 4);
}

#[test]
fn older_pages_prepend_without_duplicates() {
    let mut log = MessageLog::from_page(page(vec![msg(1, 5, "e"), msg(1, 6, "f")], true));
    assert_eq!(log.oldest().map(|m| m.0), Some(5));
    log.prepend_page(page(
        vec![msg(1, 3, "c"), msg(1, 4, "d"), msg(1, 5, "dup")],
        false,
    ));
    let ids: Vec<_> = log.iter().map(|m| m.id.0).collect();
    assert_eq!(ids, vec![3, 4, 5, 6]);
    assert_eq!(
        log.get(switchboard_protocol::MessageId(5))
            .unwrap()
            .content
            .text(),
        Some("e")
    );
    assert!(!log.has_more_before);
}

#[test]
fn an_old_message_arriving_below_the_loaded_stretch_leaves_no_hole() {
    // Loaded: 51..=53, older ones on the server. The stored copy of message 47 arrives
    // (a send that went out twice is answered with it).
    let mut log = MessageLog::from_page(page(
        vec![msg(1, 51, "a"), msg(1, 52, "b"), msg(1, 53, "c")],
        true,
    ));
    log.insert(msg(1, 47, "old"));
    assert_eq!(
        log.oldest().map(|m| m.0),
        Some(51),
        "the next older page starts at 51"
    );
    // The older page brings it, with 48-50: one stretch.
    log.prepend_page(page((45..=50).map(|id| msg(1, id, "p")).collect(), true));
    let ids: Vec<_> = log.iter().map(|m| m.id.0).collect();
    assert_eq!(ids, (45..=53).collect::<Vec<_>>());
    // With the whole history loaded there is nothing to wait for.
    let mut whole = MessageLog::from_page(page(vec![msg(1, 51, "a")], false));
    whole.insert(msg(1, 47, "old"));
    assert_eq!(whole.len(), 2);
}

#[test]
fn row_names_start_with_the_contact_and_say_the_unread_count() {
    let mut c = conv(1, 0, 3);
    c.contact.name = "Olena Kovalenko".into();
    let m = msg(1, 1, "Where is my order?");
    c.last_message = Some(MessagePreview::of(&m));
    let label = row_label(Locale::En, &c, Some(1));
    assert!(
        label.starts_with("Olena Kovalenko, 3 unread, Telegram, Open"),
        "{label}"
    );
    assert!(label.ends_with("Where is my order?"));
    c.unread_count = 0;
    assert!(!row_label(Locale::En, &c, Some(1)).contains("unread"));
    assert!(row_label(Locale::Uk, &conv(1, 0, 2), None).contains("2 непрочитані"));
}

#[test]
fn previews_say_who_wrote_when_it_was_not_the_customer() {
    let mut m = reply(1, 1, "c", "On its way");
    assert_eq!(
        preview_line(Locale::En, &MessagePreview::of(&m), Some(1)),
        "You: On its way"
    );
    assert_eq!(
        preview_line(Locale::En, &MessagePreview::of(&m), Some(2)),
        "Alex: On its way"
    );
    m.visibility = Visibility::Internal;
    assert_eq!(
        preview_line(Locale::En, &MessagePreview::of(&m), Some(1)),
        "Internal note: On its way"
    );
    m.visibility = Visibility::Public;
    m.author = Author::Agent {
        id: AgentId(1),
        name: "Alex".into(),
    };
    m.content = switchboard_protocol::Content::Unsupported;
    assert_eq!(
        preview_line(Locale::En, &MessagePreview::of(&m), Some(1)),
        "You: Unsupported message"
    );
}

#[test]
fn initials_take_two_words() {
    assert_eq!(initials("olena kovalenko"), "OK");
    assert_eq!(initials("Jean-Luc Picard Junior"), "JP");
    assert_eq!(initials("   "), "?");
    assert_eq!(initials("Élodie"), "É");
}

#[test]
fn search_matches_every_word_in_name_tags_or_preview() {
    use switchboard_core::search::matches;
    let mut c = conv(1, 0, 0);
    c.contact.name = "Олена Коваленко".into();
    c.tags = vec!["VIP".into()];
    c.last_message = Some(MessagePreview::of(&msg(1, 1, "Where is my parcel?")));
    assert!(matches(&c, ""));
    assert!(matches(&c, "олена"));
    assert!(matches(&c, "ОЛЕНА vip"));
    assert!(matches(&c, "parcel коваленко"));
    assert!(!matches(&c, "parcel refund"));
}

fn changed_ids(c: Changes) -> Vec<i64> {
    match c {
        Changes::Some(ids) => ids.into_iter().map(|i| i.0).collect(),
        other => panic!("expected some ids, got {other:?}"),
    }
}

#[test]
fn changes_name_only_the_conversations_that_changed() {
    let mut index = ConversationIndex::default();
    assert_eq!(index.take_changes(), Changes::None);
    index.upsert(conv(1, 10, 0));
    index.upsert(conv(2, 10, 0));
    assert_eq!(changed_ids(index.take_changes()), [1, 2]);
    // The same record again is no change; another record of one is.
    index.upsert(conv(1, 10, 0));
    index.upsert(conv(2, 10, 3));
    assert_eq!(changed_ids(index.take_changes()), [2]);
    index.remove(ConversationId(1));
    index.remove(ConversationId(9));
    assert_eq!(changed_ids(index.take_changes()), [1]);
    index.replace_all([conv(3, 10, 0)]);
    index.upsert(conv(4, 10, 0));
    assert_eq!(index.take_changes(), Changes::All);
    assert_eq!(index.take_changes(), Changes::None);
}

#[test]
fn index_equality_is_the_records_only() {
    let mut a = ConversationIndex::default();
    a.upsert(conv(1, 10, 0));
    a.upsert(conv(1, 10, 2));
    let mut b = ConversationIndex::default();
    b.replace_all([conv(1, 10, 2)]);
    assert_ne!(a.rev(), b.rev());
    assert_eq!(a, b);
}
