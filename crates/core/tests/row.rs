//! A chat-list row's details: search highlight, preview parts, delivery state, tags, the
//! extended accessible name, the context menu's items, snooze presets and the swipe.

mod fixtures;

use chrono::{Datelike, TimeZone, Timelike, Utc, Weekday};
use fixtures::*;
use switchboard_core::highlight::{highlight, hit_ranges, Segment};
use switchboard_core::i18n::Locale;
use switchboard_core::row_actions::{menu_step, row_actions, RowAction};
use switchboard_core::row_label::{
    our_status, preview, row_label, row_label_with, tag_chips, PreviewKind, RowExtras,
};
use switchboard_core::snooze::{until_style, SnoozePreset, UntilStyle};
use switchboard_core::swipe::{Axis, Swipe, SwipeAction};
use switchboard_protocol::{
    AgentId, Author, ConversationAction, ConversationStatus, DeliveryStatus, MatchedMessage,
    MessageId, MessagePreview, Visibility,
};

fn marked(text: &str, query: &str) -> String {
    highlight(text, query)
        .iter()
        .map(|s| {
            if s.hit {
                format!("[{}]", s.text)
            } else {
                s.text.to_owned()
            }
        })
        .collect()
}

#[test]
fn highlight_marks_every_word_case_insensitively() {
    assert_eq!(
        marked("Olena Kovalenko", "olena KOVAL"),
        "[Olena] [Koval]enko"
    );
    assert_eq!(
        marked("Where is my order?", "order where"),
        "[Where] is my [order]?"
    );
    assert_eq!(marked("no match here", "xyz"), "no match here");
    assert_eq!(
        highlight("text", "  "),
        vec![Segment {
            text: "text",
            hit: false
        }]
    );
    assert_eq!(
        highlight("", "a"),
        vec![Segment {
            text: "",
            hit: false
        }]
    );
}

#[test]
fn highlight_merges_overlapping_and_adjacent_hits() {
    // "ann" and "nna" overlap in "Anna": one mark.
    assert_eq!(marked("Anna", "ann nna"), "[Anna]");
    // Repeats overlap too.
    assert_eq!(marked("aaa", "aa"), "[aaa]");
    // Touching hits ("ab" then "cd") make one mark, not two.
    assert_eq!(marked("abcd", "cd ab"), "[abcd]");
    assert_eq!(hit_ranges("abcd ab", "ab cd"), vec![0..4, 5..7]);
}

#[test]
fn highlight_keeps_char_boundaries_in_cyrillic_and_accents() {
    assert_eq!(marked("Олена Коваленко", "КОВАЛ"), "Олена [Ковал]енко");
    assert_eq!(marked("Привет, мир", "ривет"), "П[ривет], мир");
    assert_eq!(marked("Élodie Dubois", "élo"), "[Élo]die Dubois");
    assert_eq!(marked("Їжачок", "ї"), "[Ї]жачок");
    // `İ` lowercases to two chars (i + combining dot): the hit still covers whole chars of
    // the original, and the rest keeps its place.
    assert_eq!(marked("İstanbul", "i"), "[İ]stanbul");
    assert_eq!(marked("İstanbul", "stan"), "İ[stan]bul");
    // A search word longer in bytes once lowercased ("ẞ" → "ß").
    assert_eq!(marked("STRAẞE", "straße"), "[STRAẞE]");
}

fn preview_of(
    author: Author,
    visibility: Visibility,
    text: &str,
    status: DeliveryStatus,
) -> MessagePreview {
    let mut m = msg(1, 1, text);
    m.author = author;
    m.visibility = visibility;
    m.status = status;
    MessagePreview::of(&m)
}

fn alex() -> Author {
    Author::Agent {
        id: AgentId(1),
        name: "Alex".into(),
    }
}

#[test]
fn previews_mark_ours_notes_system_notices_and_attachments() {
    let p = preview_of(
        alex(),
        Visibility::Public,
        "On its way",
        DeliveryStatus::Read,
    );
    let ours = preview(Locale::En, &p, Some(1));
    assert_eq!(ours.kind, PreviewKind::Ours);
    assert_eq!(ours.line(), "You: On its way");
    assert_eq!(our_status(&p), Some(&DeliveryStatus::Read));

    let note = preview_of(
        alex(),
        Visibility::Internal,
        "call back",
        DeliveryStatus::Sent,
    );
    assert_eq!(preview(Locale::En, &note, Some(1)).kind, PreviewKind::Note);
    assert_eq!(our_status(&note), None, "notes are never delivered");

    let system = preview_of(
        Author::System,
        Visibility::Public,
        "Status changed",
        DeliveryStatus::Sent,
    );
    assert_eq!(preview(Locale::En, &system, None).kind, PreviewKind::System);
    assert_eq!(our_status(&system), None);

    let photo = preview_of(
        Author::Contact,
        Visibility::Public,
        "",
        DeliveryStatus::Sent,
    );
    let p = preview(Locale::Ru, &photo, None);
    assert!(p.attachment);
    assert_eq!(p.line(), "Вложение");
    assert_eq!(p.kind, PreviewKind::Customer);
    assert_eq!(our_status(&photo), None);
}

#[test]
fn rows_show_two_tags_and_count_the_rest() {
    let tags: Vec<String> = ["vip", "lead", "wholesale", "returning"]
        .map(String::from)
        .to_vec();
    let (shown, more) = tag_chips(&tags, 2);
    assert_eq!(shown, &tags[..2]);
    assert_eq!(more, 2);
    let (shown, more) = tag_chips(&tags[..1], 2);
    assert_eq!((shown.len(), more), (1, 0));
}

#[test]
fn row_names_tell_typing_snooze_assignee_tags_and_a_failed_reply() {
    let mut c = conv(1, 0, 2);
    c.contact.name = "Olena Kovalenko".into();
    c.status = ConversationStatus::Snoozed;
    c.assignee = Some(AgentId(7));
    c.tags = vec!["vip".into(), "lead".into()];
    c.last_message = Some(preview_of(
        alex(),
        Visibility::Public,
        "On its way",
        DeliveryStatus::Failed {
            reason: "blocked".into(),
        },
    ));
    let extras = RowExtras {
        typing: true,
        snoozed_until: Some("Mon 09:00"),
        assignee: Some("Maria"),
        searching: false,
    };
    let label = row_label_with(Locale::En, &c, Some(1), extras);
    assert_eq!(
        label,
        "Olena Kovalenko, 2 unread, typing…, Telegram, Snoozed, until Mon 09:00, \
         Assigned to Maria, Tags: vip, lead, You: On its way (Failed)"
    );
    // The contract's start holds in every language.
    let uk = row_label_with(Locale::Uk, &c, Some(1), extras);
    assert!(
        uk.starts_with("Olena Kovalenko, 2 непрочитані, друкує…"),
        "{uk}"
    );

    // Without extras: no typing, no snooze time, the assignee's name unknown (left out).
    let plain = row_label(Locale::En, &c, Some(1));
    assert!(
        !plain.contains("typing") && !plain.contains("until") && !plain.contains("Assigned"),
        "{plain}"
    );
    // Found by an older message: while searching, the name says that message instead.
    c.matched = Some(MatchedMessage {
        id: MessageId(3),
        excerpt: "…the parcel is late".into(),
    });
    let found = row_label_with(
        Locale::En,
        &c,
        Some(1),
        RowExtras {
            searching: true,
            ..extras
        },
    );
    assert!(
        found.ends_with("Tags: vip, lead, Found in a message: …the parcel is late"),
        "{found}"
    );
    assert_eq!(row_label_with(Locale::En, &c, Some(1), extras), label);
    c.matched = None;
    c.assignee = None;
    c.status = ConversationStatus::Open;
    let open = row_label_with(Locale::En, &c, Some(1), extras);
    assert!(open.contains(", Open, Unassigned,"), "{open}");
    assert!(
        !open.contains("until"),
        "only a snoozed row says until when: {open}"
    );
}

#[test]
fn the_row_menu_offers_what_the_state_allows() {
    let me = AgentId(1);
    let mut c = conv(1, 0, 3);
    let items = row_actions(&c, me);
    assert_eq!(
        items,
        vec![
            RowAction::MarkRead,
            RowAction::Close,
            RowAction::Snooze(SnoozePreset::OneHour),
            RowAction::Snooze(SnoozePreset::Tomorrow),
            RowAction::Snooze(SnoozePreset::NextWeek),
            RowAction::AssignToMe,
            RowAction::CopyLink,
            RowAction::OpenInNewTab,
        ]
    );
    c.unread_count = 0;
    c.status = ConversationStatus::Closed;
    c.assignee = Some(me);
    let items = row_actions(&c, me);
    assert!(items.starts_with(&[RowAction::MarkUnread, RowAction::Reopen]));
    assert!(
        !items.iter().any(|a| matches!(a, RowAction::Snooze(_))),
        "closed: no snooze"
    );
    assert!(items.contains(&RowAction::Unassign) && !items.contains(&RowAction::AssignToMe));

    c.status = ConversationStatus::Snoozed;
    c.assignee = Some(AgentId(2));
    c.contact_blocked = true;
    let items = row_actions(&c, me);
    assert!(items.contains(&RowAction::Unsnooze) && !items.contains(&RowAction::Reopen));
    assert!(
        !items.iter().any(|a| matches!(a, RowAction::Snooze(_))),
        "blocked: no snooze"
    );
    assert!(items.contains(&RowAction::AssignToMe) && items.contains(&RowAction::Unassign));
}

#[test]
fn row_menu_items_send_the_right_actions() {
    let now = Utc.with_ymd_and_hms(2026, 11, 20, 15, 30, 0).unwrap();
    let me = AgentId(4);
    assert_eq!(
        RowAction::AssignToMe.wire(me, now, 0),
        Some(ConversationAction::Assign { agent: Some(me) })
    );
    assert_eq!(
        RowAction::Unassign.wire(me, now, 0),
        Some(ConversationAction::Assign { agent: None })
    );
    assert_eq!(
        RowAction::Close.wire(me, now, 0),
        Some(ConversationAction::Close { note: None })
    );
    assert_eq!(
        RowAction::MarkUnread.wire(me, now, 0),
        Some(ConversationAction::MarkUnread)
    );
    assert_eq!(RowAction::CopyLink.wire(me, now, 0), None);
    assert_eq!(RowAction::OpenInNewTab.wire(me, now, 0), None);
    let Some(ConversationAction::Snooze { until }) =
        RowAction::Snooze(SnoozePreset::OneHour).wire(me, now, 0)
    else {
        panic!("a snooze");
    };
    assert_eq!(until, now + chrono::Duration::hours(1));
}

#[test]
fn arrow_keys_walk_the_menu_and_wrap() {
    assert_eq!(menu_step(None, 5, "ArrowDown"), Some(0));
    assert_eq!(menu_step(Some(0), 5, "ArrowDown"), Some(1));
    assert_eq!(menu_step(Some(4), 5, "ArrowDown"), Some(0));
    assert_eq!(menu_step(Some(0), 5, "ArrowUp"), Some(4));
    assert_eq!(menu_step(None, 5, "ArrowUp"), Some(4));
    assert_eq!(menu_step(Some(2), 5, "Home"), Some(0));
    assert_eq!(menu_step(Some(2), 5, "End"), Some(4));
    assert_eq!(menu_step(Some(2), 5, "a"), None);
    assert_eq!(menu_step(None, 0, "ArrowDown"), None);
}

#[test]
fn snooze_presets_land_on_local_mornings() {
    // Friday 20 Nov 2026, 23:30 UTC: already Saturday 01:30 in Kyiv (UTC+2).
    let now = Utc.with_ymd_and_hms(2026, 11, 20, 23, 30, 0).unwrap();
    let kyiv = 120;
    let local = |t: chrono::DateTime<Utc>| {
        t.with_timezone(&chrono::FixedOffset::east_opt(kyiv * 60).unwrap())
    };

    let tomorrow = local(SnoozePreset::Tomorrow.until(now, kyiv));
    assert_eq!(
        (tomorrow.day(), tomorrow.hour(), tomorrow.minute()),
        (22, 9, 0),
        "Sunday 9:00 in Kyiv"
    );
    assert_eq!(
        SnoozePreset::Tomorrow.until(now, 0).day(),
        21,
        "Saturday in UTC"
    );

    let next_week = local(SnoozePreset::NextWeek.until(now, kyiv));
    assert_eq!(next_week.weekday(), Weekday::Mon);
    assert_eq!((next_week.day(), next_week.hour()), (23, 9));
    // On a Monday, next week is a week on, not today.
    let monday = Utc.with_ymd_and_hms(2026, 11, 23, 8, 0, 0).unwrap();
    assert_eq!(SnoozePreset::NextWeek.until(monday, 0).day(), 30);
    assert!(SnoozePreset::ALL.iter().all(|p| p.until(now, kyiv) > now));
}

#[test]
fn snooze_ends_read_as_a_time_a_weekday_or_a_date() {
    let now = Utc.with_ymd_and_hms(2026, 11, 20, 10, 0, 0).unwrap();
    let h = |n: i64| now + chrono::Duration::hours(n);
    assert_eq!(until_style(now, h(3), 0), UntilStyle::Time);
    assert_eq!(until_style(now, h(24), 0), UntilStyle::WeekdayTime);
    assert_eq!(until_style(now, h(24 * 6), 0), UntilStyle::WeekdayTime);
    assert_eq!(until_style(now, h(24 * 7), 0), UntilStyle::DateTime);
    assert_eq!(until_style(now, h(-24), 0), UntilStyle::DateTime);
    // 15:00 UTC is already tomorrow in Tokyo (UTC+9).
    assert_eq!(until_style(now, h(5), 540), UntilStyle::WeekdayTime);
}

#[test]
fn a_sideways_swipe_past_a_third_acts_and_a_vertical_one_scrolls() {
    let mut s = Swipe::start(300.0, 100.0, 400.0);
    assert_eq!(s.move_to(305.0, 103.0), 0.0, "jitter decides nothing");
    assert_eq!(s.axis(), Axis::Undecided);
    assert_eq!(s.move_to(200.0, 110.0), -100.0);
    assert_eq!(s.axis(), Axis::Horizontal);
    assert_eq!(s.armed(), None, "100 of 400 px is short of 30%");
    s.move_to(150.0, 160.0);
    assert_eq!(
        s.armed(),
        Some(SwipeAction::Close),
        "the axis stays once decided"
    );

    let mut right = Swipe::start(10.0, 100.0, 400.0);
    right.move_to(140.0, 100.0);
    assert_eq!(right.armed(), Some(SwipeAction::Snooze));

    let mut scroll = Swipe::start(200.0, 100.0, 400.0);
    assert_eq!(scroll.move_to(190.0, 40.0), 0.0);
    assert_eq!(scroll.axis(), Axis::Vertical);
    assert_eq!(
        scroll.move_to(0.0, 40.0),
        0.0,
        "a scroll never turns into a swipe"
    );
    assert_eq!(scroll.armed(), None);
}
