use super::*;
use crate::i18n::Locale;

const HOST: &str = "https://crm.example";

fn allowed() -> Vec<String> {
    vec![HOST.to_owned()]
}

fn from_host(data: &str) -> Heard {
    hear(
        Sender {
            origin: HOST,
            is_parent: true,
        },
        &allowed(),
        || Some(data.to_owned()),
    )
}

fn act(data: Value) -> Command {
    match from_host(&data.to_string()) {
        Heard::Act { id, command } => {
            assert_eq!(id, "c1");
            command
        }
        other => panic!("expected a command from {data}, got {other:?}"),
    }
}

fn refusal(data: Value) -> String {
    match from_host(&data.to_string()) {
        Heard::Refuse { id, error } => {
            assert_eq!(id, "c1");
            error
        }
        other => panic!("expected a refusal of {data}, got {other:?}"),
    }
}

fn cmd(kind: &str, payload: Value) -> Value {
    json!({ "switchboard": 1, "type": kind, "id": "c1", "payload": payload })
}

#[test]
fn every_command_is_understood() {
    assert_eq!(
        act(cmd("auth.token", json!({"token": "abc"}))),
        Command::AuthToken("abc".into())
    );
    assert_eq!(
        act(cmd("open.conversation", json!({"conversation_id": 12}))),
        Command::OpenConversation(ConversationId(12))
    );
    assert_eq!(
        act(cmd("open.contact", json!({"external_id": "crm-7"}))),
        Command::OpenContact(ContactKey::ExternalId("crm-7".into()))
    );
    assert_eq!(
        act(cmd("open.contact", json!({"phone": "+44 20 7946 0000"}))),
        Command::OpenContact(ContactKey::Phone("+44 20 7946 0000".into()))
    );
    assert_eq!(
        act(cmd("open.contact", json!({"email": "ann@example.com"}))),
        Command::OpenContact(ContactKey::Email("ann@example.com".into()))
    );
    assert_eq!(
        act(cmd(
            "compose",
            json!({"text": "Hello {{contact.first_name}}"})
        )),
        Command::Compose("Hello {{contact.first_name}}".into())
    );
    assert_eq!(
        act(cmd("set.language", json!({"language": "uk"}))),
        Command::SetLanguage(Locale::Uk)
    );
    assert_eq!(
        act(cmd("set.theme", json!({"theme": "dark"}))),
        Command::SetTheme(Theme::Dark)
    );
    assert_eq!(act(cmd("sign_out", json!({}))), Command::SignOut);
    // `payload` may be left out when a command has nothing to say.
    assert_eq!(
        act(json!({"switchboard": 1, "type": "sign_out", "id": "c1"})),
        Command::SignOut
    );
}

#[test]
fn a_wrong_payload_is_refused_with_the_reason() {
    assert!(
        refusal(cmd("open.conversation", json!({"conversation_id": "12"}))).contains("payload")
    );
    assert!(refusal(cmd("open.conversation", json!({"conversation_id": -1}))).contains("positive"));
    assert!(refusal(cmd("open.conversation", json!({"conversationId": 1}))).contains("payload"));
    assert!(refusal(cmd("open.contact", json!({}))).contains("exactly one"));
    assert!(
        refusal(cmd("open.contact", json!({"phone": "1", "email": "a@b"}))).contains("exactly one")
    );
    assert!(refusal(cmd("open.contact", json!({"email": "  "}))).contains("empty"));
    assert!(refusal(cmd("auth.token", json!({"token": ""}))).contains("empty"));
    assert!(refusal(cmd("auth.token", json!({"token": "a b"}))).contains("spaces"));
    assert!(refusal(cmd("set.language", json!({"language": "de"}))).contains("en, ru, uk, fr"));
    assert!(refusal(cmd("set.theme", json!({"theme": "blue"}))).contains("light, dark, system"));
    assert!(refusal(cmd("sign_out", json!({"now": true}))).contains("payload"));
    assert!(refusal(cmd(
        "compose",
        json!({"text": "x".repeat(MAX_COMPOSE_CHARS + 1)})
    ))
    .contains("longer"));
    assert!(refusal(cmd("delete.everything", json!({}))).contains("unknown command"));
    assert!(refusal(json!({"switchboard": 1, "id": "c1"})).contains("type"));
    assert!(
        refusal(json!({"switchboard": 1, "type": "compose", "id": "c1", "payload": [1]}))
            .contains("object")
    );
}

#[test]
fn a_message_over_64_kb_is_refused() {
    let big = cmd("compose", json!({"text": "x".repeat(MAX_BYTES)}));
    assert!(refusal(big).contains("64 KB"));
}

#[test]
fn strangers_and_unaddressed_messages_are_ignored() {
    let ok = cmd("sign_out", json!({})).to_string();
    let stranger = Sender {
        origin: "https://evil.example",
        is_parent: true,
    };
    assert_eq!(
        hear(stranger, &allowed(), || Some(ok.clone())),
        Heard::Ignore
    );
    let sibling = Sender {
        origin: HOST,
        is_parent: false,
    };
    assert_eq!(
        hear(sibling, &allowed(), || Some(ok.clone())),
        Heard::Ignore
    );
    // No host origins configured: nobody is heard.
    let host = Sender {
        origin: HOST,
        is_parent: true,
    };
    assert_eq!(hear(host, &[], || Some(ok.clone())), Heard::Ignore);
    // Not ours, or no id to answer.
    for data in [
        json!({"type": "sign_out", "id": "c1"}),
        json!({"switchboard": 2, "type": "sign_out", "id": "c1"}),
        json!({"switchboard": 1, "type": "sign_out"}),
        json!({"switchboard": 1, "type": "sign_out", "id": ""}),
        json!({"switchboard": 1, "type": "sign_out", "id": 7}),
        json!({"switchboard": 1, "type": "sign_out", "id": "x".repeat(MAX_ID_CHARS + 1)}),
        json!("hello"),
        json!([1, 2]),
    ] {
        assert_eq!(from_host(&data.to_string()), Heard::Ignore, "{data}");
    }
    assert_eq!(from_host("{not json"), Heard::Ignore);
    assert_eq!(hear(host, &allowed(), || None), Heard::Ignore);
}

#[test]
fn events_and_results_use_the_one_envelope() {
    let unread = Event::UnreadChanged {
        total: 3,
        mailboxes: vec![("mine".into(), 2), ("unassigned".into(), 1)],
    };
    assert_eq!(
        unread.envelope("e4"),
        json!({"switchboard": 1, "type": "unread.changed", "id": "e4",
               "payload": {"total": 3, "mailboxes": {"mine": 2, "unassigned": 1}}})
    );
    assert_eq!(
        Event::MessageSent(ConversationId(5), MessageId(90)).envelope("e5")["payload"],
        json!({"conversation_id": 5, "message_id": 90})
    );
    assert_eq!(Event::Ready.envelope("e1")["payload"], json!({}));
    assert_eq!(
        result("c1", Ok(())),
        json!({"switchboard": 1, "type": "result", "id": "c1", "ok": true})
    );
    assert_eq!(
        result("c2", Err("payload: x".into())),
        json!({"switchboard": 1, "type": "result", "id": "c2", "ok": false, "error": "payload: x"})
    );
}

#[test]
fn the_host_origin_is_known_only_when_allowed() {
    let a = allowed();
    assert_eq!(host_origin(Some(HOST), None, &a), Some(HOST.into()));
    assert_eq!(
        host_origin(None, Some("https://crm.example/contacts/7?tab=2"), &a),
        Some(HOST.into())
    );
    assert_eq!(
        host_origin(Some("https://evil.example"), Some(HOST), &a),
        None
    );
    assert_eq!(host_origin(None, Some(""), &a), None);
    assert_eq!(host_origin(None, None, &a), None);
}

/// Random bytes and random mutations of real commands: never a panic, and anything
/// not from the host is ignored.
#[test]
fn fuzzed_messages_never_panic() {
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let samples = [
        cmd("auth.token", json!({"token": "abc"})).to_string(),
        cmd("open.contact", json!({"phone": "+1 555"})).to_string(),
        cmd("compose", json!({"text": "Привіт 👋"})).to_string(),
        cmd("set.theme", json!({"theme": "dark"})).to_string(),
    ];
    for round in 0..20_000 {
        let mut bytes = samples[round % samples.len()].clone().into_bytes();
        for _ in 0..(next() % 6) {
            let at = (next() as usize) % (bytes.len() + 1);
            match next() % 3 {
                0 if at < bytes.len() => {
                    bytes.remove(at);
                }
                1 => bytes.insert(at, (next() % 256) as u8),
                _ if at < bytes.len() => bytes[at] = b"{}[]\":,0 \\"[(next() % 10) as usize],
                _ => {}
            }
        }
        let text = String::from_utf8_lossy(&bytes);
        let heard = from_host(&text);
        if let Heard::Act { id, .. } | Heard::Refuse { id, .. } = &heard {
            assert!(!id.is_empty() && id.chars().count() <= MAX_ID_CHARS);
        }
        let stranger = Sender {
            origin: "https://evil.example",
            is_parent: true,
        };
        let read = std::cell::Cell::new(false);
        let heard = hear(stranger, &allowed(), || {
            read.set(true);
            Some(text.to_string())
        });
        assert_eq!(heard, Heard::Ignore);
        assert!(!read.get(), "a stranger's data is never read");
    }
}

/// `Command::KINDS` and `Event::KINDS` name every variant once: the matches below stop
/// compiling when a variant is added, and the lists must then grow with them.
#[test]
fn the_kind_lists_name_every_variant() {
    let commands = [
        Command::AuthToken("t".into()),
        Command::OpenConversation(ConversationId(1)),
        Command::OpenContact(ContactKey::Phone("1".into())),
        Command::Compose(String::new()),
        Command::SetLanguage(Locale::En),
        Command::SetTheme(Theme::Light),
        Command::SignOut,
    ];
    for c in &commands {
        match c {
            Command::AuthToken(_)
            | Command::OpenConversation(_)
            | Command::OpenContact(_)
            | Command::Compose(_)
            | Command::SetLanguage(_)
            | Command::SetTheme(_)
            | Command::SignOut => {}
        }
    }
    assert_eq!(commands.map(|c| c.kind()), Command::KINDS);

    let events = [
        Event::Ready,
        Event::UnreadChanged {
            total: 0,
            mailboxes: vec![],
        },
        Event::ConversationOpened(ConversationId(1)),
        Event::MessageSent(ConversationId(1), MessageId(1)),
        Event::MessageReceived(ConversationId(1), MessageId(1)),
        Event::OutboxChanged(0),
        Event::SignedOut,
        Event::AuthExpired,
    ];
    for e in &events {
        match e {
            Event::Ready
            | Event::UnreadChanged { .. }
            | Event::ConversationOpened(_)
            | Event::MessageSent(..)
            | Event::MessageReceived(..)
            | Event::OutboxChanged(_)
            | Event::SignedOut
            | Event::AuthExpired => {}
        }
    }
    assert_eq!(events.map(|e| e.kind()), Event::KINDS);
}
