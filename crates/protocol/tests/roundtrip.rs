//! Every event kind and frame survives a JSON round trip, and unknown kinds are skipped.

use chrono::{TimeZone, Utc};
use switchboard_protocol::*;

fn message() -> Message {
    Message {
        id: MessageId(9),
        conversation_id: ConversationId(3),
        client_id: Some(ClientMsgId("0190f3a2-7b1c-7def-8abc-0123456789ab".into())),
        author: Author::Agent {
            id: AgentId(1),
            name: "Alex Morgan".into(),
        },
        visibility: Visibility::Internal,
        content: Content::Text {
            text: "Call her back".into(),
        },
        created_at: Utc.with_ymd_and_hms(2026, 11, 20, 9, 30, 0).unwrap(),
        status: DeliveryStatus::Failed {
            reason: "window closed".into(),
        },
        channel: Some(Channel::Whatsapp),
        attachments: vec![Attachment {
            id: UploadId(5),
            name: "invoice.pdf".into(),
            size: 48213,
            mime: "application/pdf".into(),
            kind: AttachmentKind::File,
            url: "/api/v1/uploads/5?exp=1&sig=ab".into(),
            duration_ms: None,
        }],
        reply_to: Some(ReplyRef {
            id: MessageId(8),
            author: Author::Contact,
            excerpt: "Where is".into(),
        }),
        translation: Some(MessageTranslation {
            text: "Call her back".into(),
            language: "en".into(),
            content_language: "uk".into(),
        }),
        mentions: vec![AgentId(2)],
    }
}

fn contact() -> Contact {
    serde_json::from_value(serde_json::json!({
        "id": 4, "name": "Olena", "phone": "+380 •• ••• 12 34", "phone_masked": true,
        "created_at": "2026-10-02T12:00:00Z", "tags": ["vip"],
        "messenger_ids": [{"channel": "telegram", "id": "538201117"}],
        "custom": [{"field": 1, "value": {"type": "number", "value": "12.50"}},
                   {"field": 2, "value": {"type": "date", "value": "2026-12-01"}}],
        "crm": [{"system": "HubSpot", "properties": [
            {"key": "email", "label": "Email", "value": "o@x.ua", "original": "o@x.ua", "editable": false}]}],
        "channels": [{"channel": "viber", "address": "+380671234567", "window_closes_at": "2026-11-22T09:00:00Z"}]
    }))
    .unwrap()
}

fn conversation() -> ConversationSummary {
    let m = message();
    ConversationSummary {
        id: ConversationId(3),
        contact: ContactBrief {
            id: ContactId(4),
            name: "Olena".into(),
            avatar_url: Some("https://example.org/a.png".into()),
        },
        channel: Channel::Viber,
        status: ConversationStatus::InProgress,
        assignee: Some(AgentId(1)),
        tags: vec!["vip".into()],
        unread_count: 2,
        unanswered: true,
        last_message: Some(MessagePreview::of(&m)),
        last_activity_at: m.created_at,
        snoozed_until: None,
        deal: Some(DealBrief {
            stage: "Negotiation".into(),
            amount_minor: 120000,
            currency: "EUR".into(),
        }),
        team: Some(TeamId(2)),
        operators: vec![AgentId(3)],
        status_since: Some(m.created_at),
        archived: false,
        contact_blocked: false,
        ai_active: true,
        bot_enabled: false,
        automations: vec![RunningAutomation {
            id: "welcome".into(),
            name: "Welcome".into(),
            started_at: m.created_at,
        }],
        crm_link: Some(CrmLink {
            kind: CrmKind::Order,
            id: "ORD-1".into(),
            title: "Order 1".into(),
        }),
        window_closes_at: None,
        business_account: Some(BusinessAccount {
            name: "Switchboard Demo Store".into(),
            address: "+380 44 555 01 23".into(),
            connected: false,
        }),
        mentioned: vec![AgentId(2)],
        matched: None,
    }
}

/// The frame as a seed of the fuzz corpus (`tests/corpus/ServerFrame/<name>.json`, read by
/// `tests/fuzz.rs`): written when `UPDATE_CORPUS=1`, else the checked-in file must match,
/// so the corpus keeps every frame kind as the protocol writes it today.
fn seed(name: &str, frame: &ServerFrame) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus/ServerFrame")
        .join(format!("{name}.json"));
    let json = serde_json::to_string_pretty(frame).unwrap() + "\n";
    if std::env::var_os("UPDATE_CORPUS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &json).unwrap();
    }
    let stored = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (UPDATE_CORPUS=1 writes it)", path.display()));
    assert_eq!(stored, json, "{} is stale: UPDATE_CORPUS=1", path.display());
}

fn roundtrip<T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug>(
    v: &T,
) {
    let json = serde_json::to_string(v).unwrap();
    let back: T = serde_json::from_str(&json).unwrap();
    assert_eq!(&back, v, "{json}");
}

#[test]
fn every_event_kind_round_trips() {
    let events = [
        Event::MessageCreated { message: message() },
        Event::MessageUpdated { message: message() },
        Event::ConversationCreated {
            conversation: conversation(),
        },
        Event::ConversationUpdated {
            conversation: conversation(),
        },
        Event::ConversationDeleted {
            conversation_id: ConversationId(3),
        },
        Event::ContactUpdated { contact: contact() },
        Event::DealUpdated {
            conversation_id: ConversationId(3),
            deal: Some(Deal {
                conversation_id: ConversationId(3),
                pipeline: PipelineId(1),
                stage: "Won".into(),
                line: 2,
                channel: Some(Channel::Email),
                amount_minor: 990,
                currency: "EUR".into(),
            }),
        },
        Event::TaskUpdated {
            task: Task {
                id: TaskId(1),
                contact_id: ContactId(4),
                conversation_id: None,
                description: "Call back".into(),
                due_at: message().created_at,
                done: true,
                author: AgentId(1),
                created_at: message().created_at,
            },
        },
        Event::NoteCreated {
            note: ContactNote {
                id: NoteId(1),
                contact_id: ContactId(4),
                author: AgentId(1),
                author_name: "Alex".into(),
                text: "Prefers calls".into(),
                created_at: message().created_at,
            },
        },
        Event::ReminderCreated {
            reminder: Reminder {
                id: ReminderId(1),
                conversation_id: ConversationId(3),
                at: message().created_at,
                text: "Check payment".into(),
                author: AgentId(1),
            },
        },
        Event::CalendarEventCreated {
            event: CalendarEvent {
                id: CalendarEventId(1),
                conversation_id: ConversationId(3),
                title: "Demo call".into(),
                starts_at: message().created_at,
                ends_at: message().created_at,
                author: AgentId(1),
            },
        },
        Event::Mention {
            conversation_id: ConversationId(3),
            message_id: MessageId(9),
            agent_id: AgentId(2),
        },
        Event::Unknown,
    ];
    for (seq, event) in events.into_iter().enumerate() {
        roundtrip(&event);
        let frame = ServerFrame::Event {
            seq: seq as u64 + 1,
            event,
        };
        roundtrip(&frame);
        seed(&format!("event-{:02}", seq + 1), &frame);
    }
}

#[test]
fn every_frame_round_trips() {
    for (i, f) in [
        ServerFrame::Ready { head: 5 },
        ServerFrame::ResyncRequired { head: 5 },
        ServerFrame::Heartbeat { head: 5 },
        ServerFrame::Unauthorized,
        ServerFrame::Typing {
            conversation_id: ConversationId(3),
            who: Typist::Agent {
                id: AgentId(2),
                name: "Marta".into(),
            },
            active: true,
        },
        ServerFrame::Presence {
            agent_id: AgentId(2),
            presence: Presence::Away,
        },
    ]
    .iter()
    .enumerate()
    {
        roundtrip(f);
        seed(&format!("frame-{i}"), f);
    }
    roundtrip(&ClientFrame::Auth {
        token: "t".into(),
        resume_after: Some(3),
    });
    roundtrip(&ClientFrame::Ping);
    roundtrip(&ClientFrame::Typing {
        conversation_id: ConversationId(1),
        active: false,
    });
}

#[test]
fn every_content_kind_and_action_round_trips() {
    let contents = [
        Content::Text { text: "hi".into() },
        Content::Activity {
            text: "Status changed".into(),
            change: Some(Change::Status {
                from: ConversationStatus::Open,
                to: ConversationStatus::Closed,
            }),
        },
        Content::Sticker {
            url: "/s.webp".into(),
            emoji: Some("👍".into()),
        },
        Content::Location {
            latitude: 50.45,
            longitude: 30.52,
            name: Some("Kyiv".into()),
        },
        Content::ContactCard {
            name: "Ivan".into(),
            phone: Some("+380".into()),
            email: None,
        },
        Content::Template {
            name: "order_update".into(),
            text: "Order 1 shipped".into(),
        },
        Content::Email {
            subject: "Invoice".into(),
            from: "a@b.c".into(),
            to: vec!["d@e.f".into()],
            cc: vec![],
            text: "See attached".into(),
            html: Some("<p>See <b>attached</b></p>".into()),
            quoted: Some("> earlier".into()),
        },
    ];
    for c in contents {
        roundtrip(&c);
    }
    let actions = [
        ConversationAction::Take,
        ConversationAction::Close {
            note: Some(ClosingNote {
                category: "Resolved".into(),
                text: "Refunded".into(),
            }),
        },
        ConversationAction::Snooze {
            until: message().created_at,
        },
        ConversationAction::Assign { agent: None },
        ConversationAction::StopAutomation {
            automation_id: None,
        },
        ConversationAction::LinkCrm {
            link: CrmLink {
                kind: CrmKind::Lead,
                id: "L-7".into(),
                title: "Lead 7".into(),
            },
        },
        ConversationAction::Archive,
    ];
    for a in actions {
        roundtrip(&a);
    }
    let json = serde_json::to_value(ConversationAction::MarkUnread).unwrap();
    assert_eq!(json["type"], "mark_unread");
}

#[test]
fn wire_names_are_snake_case_and_tagged() {
    let json = serde_json::to_value(Event::MessageCreated { message: message() }).unwrap();
    assert_eq!(json["type"], "message_created");
    assert_eq!(json["message"]["author"]["kind"], "agent");
    assert_eq!(json["message"]["visibility"], "internal");
    assert_eq!(json["message"]["status"]["state"], "failed");
    assert_eq!(json["message"]["content"]["type"], "text");
    let json = serde_json::to_value(conversation()).unwrap();
    assert_eq!(json["status"], "in_progress");
    assert_eq!(json["channel"], "viber");
}

#[test]
fn unknown_kinds_decode_to_their_fallbacks() {
    let ev: Event = serde_json::from_str(r#"{"type":"poll_created","poll":{"q":"?"}}"#).unwrap();
    assert_eq!(ev, Event::Unknown);
    let f: ServerFrame = serde_json::from_str(r#"{"type":"maintenance","at":1}"#).unwrap();
    assert_eq!(f, ServerFrame::Unknown);
    let c: Content = serde_json::from_str(r#"{"type":"hologram","url":"x"}"#).unwrap();
    assert_eq!(c, Content::Unsupported);
    let ch: Channel = serde_json::from_str(r#""line""#).unwrap();
    assert_eq!(ch, Channel::Other);
    let s: ConversationStatus = serde_json::from_str(r#""escalated""#).unwrap();
    assert_eq!(s, ConversationStatus::Other);
    let e: ApiError =
        serde_json::from_str(r#"{"code":"quota_exceeded","message":"slow"}"#).unwrap();
    assert_eq!(e.code, ErrorCode::Other);
}

#[test]
fn optional_fields_may_be_absent() {
    let json = r#"{"id":1,"contact":{"id":2,"name":"N"},"channel":"email","status":"open",
        "last_activity_at":"2026-11-20T09:00:00Z"}"#;
    let c: ConversationSummary = serde_json::from_str(json).unwrap();
    assert_eq!(c.unread_count, 0);
    assert!(c.tags.is_empty() && c.last_message.is_none() && c.assignee.is_none());
    assert!(c.business_account.is_none());
}

#[test]
fn the_business_account_round_trips_and_is_left_out_when_unknown() {
    let mut c = conversation();
    roundtrip(&c);
    let json = serde_json::to_value(&c).unwrap();
    assert_eq!(
        json["business_account"],
        serde_json::json!({
            "name": "Switchboard Demo Store",
            "address": "+380 44 555 01 23",
            "connected": false
        })
    );
    c.business_account = None;
    roundtrip(&c);
    let json = serde_json::to_value(&c).unwrap();
    assert!(json.get("business_account").is_none(), "{json}");
    // A backend that names the account but not its state: connected.
    let a: BusinessAccount =
        serde_json::from_str(r#"{"name":"Shop bot","address":"@shop_bot"}"#).unwrap();
    assert!(a.connected);
}

#[test]
fn channel_and_status_names_parse_back() {
    for c in Channel::ALL {
        assert_eq!(Channel::parse(c.as_str()), c);
        assert_eq!(serde_json::to_value(c).unwrap(), c.as_str());
    }
    for s in [
        ConversationStatus::Open,
        ConversationStatus::InProgress,
        ConversationStatus::Closed,
        ConversationStatus::Snoozed,
    ] {
        assert_eq!(ConversationStatus::parse(s.as_str()), s);
        assert_eq!(serde_json::to_value(s).unwrap(), s.as_str());
    }
}
