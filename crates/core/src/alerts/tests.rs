use super::*;
use switchboard_protocol::Message;

const ME: AgentId = AgentId(1);
const OTHER: AgentId = AgentId(2);
const HERE: ConversationId = ConversationId(5);
const THERE: ConversationId = ConversationId(6);

fn message(id: i64, conversation: ConversationId, author: Author, note: bool) -> Message {
    let mut m: Message = serde_json::from_value(serde_json::json!({
        "id": id,
        "conversation_id": conversation.0,
        "author": { "kind": "contact" },
        "content": { "type": "text", "text": "Where is my  parcel?\nIt was due today." },
        "created_at": "2026-12-07T06:00:00Z",
    }))
    .unwrap();
    m.author = author;
    if note {
        m.visibility = Visibility::Internal;
    }
    m
}

fn customer(id: i64, conversation: ConversationId) -> Event {
    Event::MessageCreated {
        message: message(id, conversation, Author::Contact, false),
    }
}

fn note(id: i64, by: AgentId, mentions: Vec<AgentId>) -> Event {
    let mut m = message(
        id,
        THERE,
        Author::Agent {
            id: by,
            name: "Anna".into(),
        },
        true,
    );
    m.mentions = mentions;
    Event::MessageCreated { message: m }
}

/// `HERE` is open, the tab visible, nobody typing, sound for everything.
fn moment() -> Moment {
    Moment {
        me: ME,
        open: Some(HERE),
        hidden: false,
        typed: None,
        now: 100_000.0,
        sound: Sound::Everything,
    }
}

/// A connected app whose socket said `ready` at head 10.
fn ready() -> Alerts {
    let mut a = Alerts::default();
    a.connected(10);
    a
}

fn not_mine(_: ConversationId) -> bool {
    false
}

#[test]
fn a_customer_message_elsewhere_alerts_with_its_text() {
    let alert = ready()
        .hear(11, &customer(100, THERE), &moment(), not_mine)
        .expect("an alert");
    assert_eq!(alert.conversation, THERE);
    assert_eq!(alert.message, MessageId(100));
    assert_eq!(alert.why, Why::Customer);
    assert_eq!(alert.text, "Where is my parcel? It was due today.");
    assert!(alert.sound);
}

#[test]
fn the_open_conversation_alerts_only_from_the_background() {
    let mut a = ready();
    assert_eq!(a.hear(11, &customer(100, HERE), &moment(), not_mine), None);
    let hidden = Moment {
        hidden: true,
        ..moment()
    };
    let alert = a.hear(12, &customer(101, HERE), &hidden, not_mine);
    assert_eq!(alert.map(|a| a.conversation), Some(HERE));
}

#[test]
fn agents_ai_bots_and_activity_never_alert() {
    let mut a = ready();
    let reply = Event::MessageCreated {
        message: message(
            100,
            THERE,
            Author::Agent {
                id: OTHER,
                name: "Anna".into(),
            },
            false,
        ),
    };
    assert_eq!(a.hear(11, &reply, &moment(), not_mine), None);
    for (i, author) in [Author::Ai, Author::Bot, Author::System]
        .into_iter()
        .enumerate()
    {
        let e = Event::MessageCreated {
            message: message(101 + i as i64, THERE, author, false),
        };
        assert_eq!(a.hear(12 + i as u64, &e, &moment(), not_mine), None);
    }
    // A note nobody is mentioned in, and a customer message's update.
    assert_eq!(
        a.hear(20, &note(110, OTHER, vec![]), &moment(), not_mine),
        None
    );
    let update = Event::MessageUpdated {
        message: message(111, THERE, Author::Contact, false),
    };
    assert_eq!(a.hear(21, &update, &moment(), not_mine), None);
}

#[test]
fn a_note_alerts_the_agents_it_mentions_not_its_author() {
    let mut a = ready();
    let alert = a
        .hear(11, &note(100, OTHER, vec![ME]), &moment(), not_mine)
        .expect("the mentioned agent is alerted");
    assert_eq!(alert.why, Why::Mention);
    assert_eq!(alert.by.as_deref(), Some("Anna"));
    // Mentioning someone else, or oneself.
    assert_eq!(
        a.hear(12, &note(101, OTHER, vec![OTHER]), &moment(), not_mine),
        None
    );
    assert_eq!(
        a.hear(13, &note(102, ME, vec![ME]), &moment(), not_mine),
        None
    );
}

#[test]
fn the_mention_event_after_its_note_is_silent_and_alone_it_alerts() {
    let mut a = ready();
    assert!(a
        .hear(11, &note(100, OTHER, vec![ME]), &moment(), not_mine)
        .is_some());
    let mention = |id: i64, agent_id: AgentId| Event::Mention {
        conversation_id: THERE,
        message_id: MessageId(id),
        agent_id,
    };
    assert_eq!(a.hear(12, &mention(100, ME), &moment(), not_mine), None);
    // A mention whose note this app never received still alerts (without text)…
    let alone = a.hear(13, &mention(200, ME), &moment(), not_mine).unwrap();
    assert_eq!((alone.why, alone.text.as_str()), (Why::Mention, ""));
    // …but only the one it names.
    assert_eq!(a.hear(14, &mention(201, OTHER), &moment(), not_mine), None);
}

#[test]
fn a_message_never_alerts_twice() {
    let mut a = ready();
    assert!(a
        .hear(11, &customer(100, THERE), &moment(), not_mine)
        .is_some());
    // Duplicated, replayed under another seq, or reordered behind a newer one.
    assert_eq!(a.hear(11, &customer(100, THERE), &moment(), not_mine), None);
    assert_eq!(a.hear(15, &customer(100, THERE), &moment(), not_mine), None);
    assert!(a
        .hear(12, &customer(101, THERE), &moment(), not_mine)
        .is_some());
    assert_eq!(a.hear(13, &customer(100, THERE), &moment(), not_mine), None);
}

#[test]
fn heard_ids_are_bounded() {
    let mut a = ready();
    for i in 0..(REMEMBERED as i64 + 10) {
        a.hear(11 + i as u64, &customer(i, THERE), &moment(), not_mine);
    }
    assert_eq!(a.heard.len(), REMEMBERED);
    assert_eq!(a.heard_set.len(), REMEMBERED);
    // The most recent are still known.
    let last = REMEMBERED as i64 + 9;
    assert_eq!(
        a.hear(10_000, &customer(last, THERE), &moment(), not_mine),
        None
    );
}

#[test]
fn nothing_alerts_before_ready_nor_for_replays_up_to_its_head() {
    let mut a = Alerts::default();
    assert_eq!(a.hear(5, &customer(100, THERE), &moment(), not_mine), None);
    // Reconnected: the server replays 6..=20 (what happened while away), then goes on.
    a.connected(20);
    for seq in 6..=20 {
        let e = customer(100 + seq as i64, THERE);
        assert_eq!(a.hear(seq, &e, &moment(), not_mine), None, "replay {seq}");
    }
    assert!(a
        .hear(21, &customer(200, THERE), &moment(), not_mine)
        .is_some());
    // A resync: events up to the new head are in the snapshot.
    a.connected(40);
    assert_eq!(a.hear(35, &customer(201, THERE), &moment(), not_mine), None);
    assert!(a
        .hear(41, &customer(202, THERE), &moment(), not_mine)
        .is_some());
}

#[test]
fn the_sound_follows_the_setting() {
    let sound = |level: Sound, event: &Event, mine: bool| {
        let at = Moment {
            sound: level,
            ..moment()
        };
        ready().hear(11, event, &at, |_| mine).unwrap().sound
    };
    let mention = note(100, OTHER, vec![ME]);
    let message = customer(101, THERE);
    for event in [&mention, &message] {
        assert!(!sound(Sound::Off, event, true));
        assert!(sound(Sound::Everything, event, false));
    }
    assert!(sound(Sound::Mine, &mention, false));
    assert!(sound(Sound::Mine, &message, true));
    assert!(!sound(Sound::Mine, &message, false));
}

#[test]
fn quiet_while_typing_in_that_conversation() {
    let typing_there = Moment {
        typed: Some((THERE, 98_000.0)),
        ..moment()
    };
    let alert = ready()
        .hear(11, &customer(100, THERE), &typing_there, not_mine)
        .unwrap();
    assert!(!alert.sound, "quiet while typing there");
    // Typing elsewhere, or stopped a while ago: the sound plays.
    let elsewhere = Moment {
        typed: Some((HERE, 99_000.0)),
        ..moment()
    };
    assert!(
        ready()
            .hear(11, &customer(100, THERE), &elsewhere, not_mine)
            .unwrap()
            .sound
    );
    let stopped = Moment {
        typed: Some((THERE, 100_000.0 - TYPING_QUIET_MS)),
        ..moment()
    };
    assert!(
        ready()
            .hear(11, &customer(100, THERE), &stopped, not_mine)
            .unwrap()
            .sound
    );
}

#[test]
fn the_title_counts_unread_conversations() {
    assert_eq!(title(0), "Switchboard");
    assert_eq!(title(1), "(1) Switchboard");
    assert_eq!(title(42), "(42) Switchboard");
}

#[test]
fn the_favicon_has_a_badge_with_the_count_and_none_at_zero() {
    assert_eq!(favicon(0), None);
    let three = favicon(3).unwrap();
    assert!(three.starts_with("data:image/svg+xml,%3Csvg"));
    assert!(three.contains("%3E3%3C/text%3E"));
    assert!(three.contains("%23dc2626"));
    assert!(!three.contains('#') && !three.contains('<') && !three.contains('"'));
    assert!(favicon(12).unwrap().contains("%3E9+%3C/text%3E"));
    assert_ne!(favicon(3), favicon(4));
}

#[test]
fn previews_are_one_short_line() {
    assert_eq!(preview("  a\n\nb  c "), "a b c");
    let long = "x".repeat(PREVIEW_CHARS + 5);
    let p = preview(&long);
    assert_eq!(p.chars().count(), PREVIEW_CHARS);
    assert!(p.ends_with('…'));
}

#[test]
fn settings_are_kept_per_agent_and_read_leniently() {
    assert_ne!(settings_key(ME), settings_key(OTHER));
    let s: Settings = serde_json::from_str("{}").unwrap();
    assert_eq!(s, Settings::default());
    assert_eq!(s.sound, Sound::Mine);
    let s: Settings = serde_json::from_str(r#"{"sound":"everything"}"#).unwrap();
    assert_eq!(s.sound, Sound::Everything);
    let text = crate::agent_shelf::seal(ME, &s).unwrap();
    assert_eq!(
        crate::agent_shelf::open::<Settings>(OTHER, Some(&text)),
        Settings::default()
    );
    assert_eq!(crate::agent_shelf::open::<Settings>(ME, Some(&text)), s);
}
